import { describe, expect, it } from "vitest";
import { formatValue, unitLabel, withUnit } from "./indicator-format";

describe("unitLabel", () => {
  it("names województwa, powiaty and cities with powiat rights", () => {
    expect(unitLabel({ name: "podlaskie", kind: "VOIVODESHIP" })).toBe("województwo podlaskie");
    expect(unitLabel({ name: "augustowski", kind: "COUNTY" })).toBe("powiat augustowski");
    expect(unitLabel({ name: "Białystok", kind: "CITY_WITH_COUNTY_RIGHTS" })).toBe("miasto Białystok");
  });
});

describe("formatValue and withUnit", () => {
  it("write a fixed number of decimals with a comma, and the unit after it", () => {
    expect(formatValue(7, 1)).toBe("7,0");
    expect(formatValue(12.345, 2)).toBe("12,35");
    expect(withUnit(formatValue(7.2, 1), "%")).toBe("7,2%");
    expect(withUnit("31,4", "na 10 tys. mieszkańców")).toBe("31,4 na 10 tys. mieszkańców");
    expect(withUnit("3", "")).toBe("3");
  });
});
