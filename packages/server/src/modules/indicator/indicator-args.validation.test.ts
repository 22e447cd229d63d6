import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../common/errors";
import { checkAreaCodes, checkYears, MAX_SERIES_AREAS } from "./indicator-args.validation";

const fieldOf = (check: () => unknown) => {
  try {
    check();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.field;
    throw error;
  }
  throw new Error("expected the input to be rejected");
};

describe("indicator query arguments", () => {
  it("keep the first occurrence of each area code, in the order given", () => {
    expect(checkAreaCodes(["2061", "20", "2061"])).toEqual(["2061", "20"]);
  });

  it("reject no areas, too many areas and codes that are not TERYT codes", () => {
    expect(fieldOf(() => checkAreaCodes([]))).toBe("areaCodes");
    const many = Array.from({ length: MAX_SERIES_AREAS + 1 }, (_, index) => String(1_000_000 + index));
    expect(fieldOf(() => checkAreaCodes(many))).toBe("areaCodes");
    expect(() => checkAreaCodes(["20", "2O", "123"])).toThrow("areaCodes: 2O, 123: not TERYT codes");
  });

  it("sort and deduplicate years; omitted means every year", () => {
    expect(checkYears([2025, 2019, 2025])).toEqual([2019, 2025]);
    expect(checkYears(undefined)).toBeNull();
    expect(fieldOf(() => checkYears([]))).toBe("years");
    expect(fieldOf(() => checkYears([2019, 1800]))).toBe("years");
  });
});
