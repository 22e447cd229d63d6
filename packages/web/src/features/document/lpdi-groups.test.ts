import { describe, expect, it } from "vitest";
import { lpdiGroups, lpdiStatusCounts, missingForTarget, type LpdiEntry } from "./lpdi-groups";

const AUGUSTOWSKI = { code: "2001", name: "augustowski", kind: "COUNTY" } as const;
const BIALOSTOCKI = { code: "2002", name: "białostocki", kind: "COUNTY" } as const;
const BIALYSTOK = { code: "2061", name: "Białystok", kind: "CITY_WITH_COUNTY_RIGHTS" } as const;

const entries: LpdiEntry[] = [
  { unit: { ...AUGUSTOWSKI, parent: null }, status: "NONE" },
  { unit: { ...BIALOSTOCKI, parent: null }, status: "IN_PREPARATION" },
  {
    unit: { code: "2001011", name: "Augustów", kind: "URBAN_MUNICIPALITY", parent: AUGUSTOWSKI },
    status: "IN_FORCE",
    document: { id: "D1", title: "LPDI Augustowa" },
  },
  {
    unit: { code: "2002063", name: "Łapy", kind: "URBAN_RURAL_MUNICIPALITY", parent: BIALOSTOCKI },
    status: "ADOPTED",
  },
  {
    unit: { code: "2061011", name: "Białystok", kind: "URBAN_MUNICIPALITY", parent: BIALYSTOK },
    status: "NONE",
  },
];

describe("lpdiGroups", () => {
  it("puts each powiat first in its group and the cities with powiat rights together at the end", () => {
    const groups = lpdiGroups(entries);
    expect(groups.map((group) => group.county)).toEqual(["powiat augustowski", "powiat białostocki", null]);
    expect(groups[0]!.entries.map((entry) => entry.unit.code)).toEqual(["2001", "2001011"]);
    expect(groups[2]!.entries.map((entry) => entry.unit.code)).toEqual(["2061011"]);
  });

  it("counts the plans adopted or in force per group", () => {
    expect(lpdiGroups(entries).map((group) => group.adoptedCount)).toEqual([1, 1, 0]);
  });

  it("names the powiat of a gmina listed without its powiat (the coverage of one powiat has it)", () => {
    expect(lpdiGroups(entries.slice(3, 4))[0]!.county).toBe("powiat białostocki");
  });
});

describe("lpdiStatusCounts", () => {
  it("counts every stage, most advanced first", () => {
    expect(lpdiStatusCounts(entries)).toEqual([
      { status: "IN_FORCE", count: 1 },
      { status: "ADOPTED", count: 1 },
      { status: "IN_PREPARATION", count: 1 },
      { status: "NONE", count: 2 },
    ]);
  });
});

describe("missingForTarget", () => {
  it("is how many more JST need a plan to reach the target share", () => {
    expect(missingForTarget(132, 3, 0.5)).toBe(63);
    expect(missingForTarget(133, 3, 0.5)).toBe(64);
    expect(missingForTarget(16, 9, 0.5)).toBe(0);
  });
});
