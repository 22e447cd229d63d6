import { describe, expect, it } from "vitest";
import { toTerritorialUnitDocument } from "./to-territorial-unit-document";

describe("toTerritorialUnitDocument", () => {
  it("maps a gmina with its folded name, ancestors and level", () => {
    expect(
      toTerritorialUnitDocument({
        code: "2062011",
        name: "Łomża",
        kind: "URBAN_MUNICIPALITY",
        parent_code: "2062",
      }),
    ).toEqual({
      code: "2062011",
      name: "Łomża",
      nameFolded: "Lomza",
      kind: "URBAN_MUNICIPALITY",
      parentCode: "2062",
      ancestorCodes: ["20", "2062"],
      level: 3,
      breadth: 0,
    });
  });

  it("gives a województwo level 1 and no ancestors", () => {
    const document = toTerritorialUnitDocument({
      code: "20",
      name: "podlaskie",
      kind: "VOIVODESHIP",
      parent_code: null,
    });
    expect(document.level).toBe(1);
    expect(document.breadth).toBe(2);
    expect(document.ancestorCodes).toEqual([]);
  });

  it("refuses a code of the wrong length", () => {
    expect(() =>
      toTerritorialUnitDocument({ code: "201", name: "x", kind: "COUNTY", parent_code: null }),
    ).toThrow(/Unexpected TERYT code/);
  });
});
