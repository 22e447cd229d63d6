import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_ROOT } from "../../../config/paths";
import { parseTerc, TERC_HEADER, TercFileError } from "./parse-terc";

const realFile = readFileSync(join(SERVER_ROOT, "data/teryt/TERC_Urzedowy_2024-01-01.csv"), "utf8");

function problemsOf(lines: string[]) {
  try {
    parseTerc([TERC_HEADER, ...lines].join("\n"));
  } catch (error) {
    if (error instanceof TercFileError) return error.problems;
    throw error;
  }
  throw new Error("expected the file to be rejected");
}

describe("parseTerc on the real 2024-01-01 register", () => {
  const units = parseTerc(realFile);
  const count = (kinds: string[]) => units.filter((unit) => kinds.includes(unit.kind)).length;

  it("finds 16 województw, 380 powiatów and 2477 gmin", () => {
    expect(count(["VOIVODESHIP"])).toBe(16);
    expect(count(["COUNTY", "CITY_WITH_COUNTY_RIGHTS"])).toBe(380);
    expect(count(["URBAN_MUNICIPALITY", "RURAL_MUNICIPALITY", "URBAN_RURAL_MUNICIPALITY"])).toBe(2477);
  });

  it("keeps parts of gminy, Warsaw's dzielnice and delegatury apart, under their gmina", () => {
    const byCode = new Map(units.map((unit) => [unit.code, unit]));
    expect(byCode.get("1465028")).toMatchObject({ kind: "CAPITAL_CITY_DISTRICT", parentCode: "1465011" });
    expect(byCode.get("0264029")).toMatchObject({ kind: "CITY_DELEGATION", parentCode: "0264011" });
    const town = units.find((unit) => unit.kind === "TOWN_OF_URBAN_RURAL_MUNICIPALITY")!;
    expect(town.parentCode).toBe(`${town.code.slice(0, 6)}3`);
  });

  it("names podlaskie in lower case and links Białystok to its powiat", () => {
    const byCode = new Map(units.map((unit) => [unit.code, unit]));
    expect(byCode.get("20")).toMatchObject({ name: "podlaskie", kind: "VOIVODESHIP", parentCode: null });
    expect(byCode.get("2061")).toMatchObject({
      name: "Białystok",
      kind: "CITY_WITH_COUNTY_RIGHTS",
      parentCode: "20",
    });
    expect(byCode.get("2061011")).toMatchObject({
      kind: "URBAN_MUNICIPALITY",
      parentCode: "2061",
      registerDate: "2024-01-01",
    });
  });
});

describe("parseTerc on malformed files", () => {
  const voivodeship = "20;;;;PODLASKIE;województwo;2024-01-01";

  it("names the line and the field of each problem", () => {
    expect(
      problemsOf([
        voivodeship,
        "20;01;;;augustowski;powiat;2024-13-01",
        "20;01;01;7;Augustów;gmina miejska;2024-01-01",
      ]),
    ).toEqual([
      { line: 3, field: "STAN_NA", message: 'must be a date YYYY-MM-DD (got "2024-13-01")' },
      { line: 4, field: "RODZ", message: 'must be one of 1, 2, 3, 4, 5, 8, 9 (got "7")' },
    ]);
  });

  it("rejects a wrong header, a short line, a duplicate and a missing parent", () => {
    expect(() => parseTerc("WOJ;NAZWA\n20;x")).toThrow(/line 1, field header/);
    expect(problemsOf([voivodeship, "20;01;;powiat"])[0]).toMatchObject({ line: 3, field: "line" });
    expect(problemsOf([voivodeship, voivodeship])[0]).toMatchObject({
      line: 3,
      message: "code 20 repeats line 2",
    });
    expect(problemsOf([voivodeship, "20;01;01;2;Augustów;gmina wiejska;2024-01-01"])[0]).toMatchObject({
      line: 3,
      message: "the parent unit 2001 of 2001012 is not in the file",
    });
  });

  it("rejects a NAZWA_DOD that contradicts the code", () => {
    expect(problemsOf([voivodeship, "20;01;;;augustowski;gmina;2024-01-01"])[0]).toMatchObject({
      line: 3,
      field: "NAZWA_DOD",
    });
  });

  it("accepts a byte-order mark and Windows line ends", () => {
    expect(parseTerc(`\uFEFF${TERC_HEADER}\r\n${voivodeship}\r\n`)).toHaveLength(1);
  });
});
