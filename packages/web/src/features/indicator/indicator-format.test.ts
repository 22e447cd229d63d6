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
    expect(formatValue(7, 1, "pl")).toBe("7,0");
    expect(formatValue(12.345, 2, "pl")).toBe("12,35");
    expect(withUnit(formatValue(7.2, 1, "pl"), "%")).toBe("7,2%");
    expect(withUnit("31,4", "na 10 tys. mieszkańców")).toBe("31,4 na 10 tys. mieszkańców");
    expect(withUnit("3", "")).toBe("3");
  });

  it("writes numbers the way the page's language does", () => {
    expect(formatValue(1234.5, 1, "pl")).toBe("1234,5");
    expect(formatValue(1234.5, 1, "en")).toBe("1,234.5");
    expect(formatValue(7.25, 2, "en")).toBe("7.25");
    expect(formatValue(12345.5, 1, "uk")).toBe("12\u00a0345,5");
  });
});
