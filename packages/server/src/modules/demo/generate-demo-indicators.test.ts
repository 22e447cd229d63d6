import { describe, expect, it } from "vitest";
import {
  DEMO_INDICATOR_FIRST_YEAR,
  DEMO_INDICATOR_LAST_YEAR,
  generateDemoIndicators,
  type GenerateDemoIndicatorsOptions,
} from "./generate-demo-indicators";

const options: GenerateDemoIndicatorsOptions = {
  seed: 7,
  voivodeships: Array.from({ length: 16 }, (_, index) => ({
    code: String((index + 1) * 2).padStart(2, "0"),
    kind: "VOIVODESHIP" as const,
  })),
  podlaskieCounties: [
    { code: "2001", kind: "COUNTY" },
    { code: "2002", kind: "COUNTY" },
    { code: "2061", kind: "CITY_WITH_COUNTY_RIGHTS" },
  ],
};
const YEARS = DEMO_INDICATOR_LAST_YEAR - DEMO_INDICATOR_FIRST_YEAR + 1;

describe("generateDemoIndicators", () => {
  const demo = generateDemoIndicators(options);
  const valuesOf = (code: string, unit: string) =>
    demo.values.filter((row) => row.indicator_code === code && row.territorial_unit_code === unit);

  it("is deterministic for a seed", () => {
    expect(generateDemoIndicators(options)).toEqual(demo);
    expect(generateDemoIndicators({ ...options, seed: 8 }).values).not.toEqual(demo.values);
  });

  it("defines the four required indicators, all marked demo", () => {
    expect(demo.indicators.map((row) => [row.code, row.programme, row.direction])).toEqual([
      ["OZPS_ODSETEK_KORZYSTAJACYCH", "OZPS", "LOWER_IS_BETTER"],
      ["WPRES_PES_NA_10K", "WPRES", "HIGHER_IS_BETTER"],
      ["WPRES_PS_LICZBA", "WPRES", "HIGHER_IS_BETTER"],
      ["RPDI_MIESZKANIA_MIEJSCA", "RPDI", "HIGHER_IS_BETTER"],
    ]);
    expect(demo.indicators.every((row) => row.is_demo)).toBe(true);
    expect(demo.values.every((row) => row.is_demo)).toBe(true);
  });

  it("gives every powiat and podlaskie a value for every year, and all 16 województwa for the rates", () => {
    // Rates: 3 powiaty + 16 województwa; counts: 3 powiaty + podlaskie.
    expect(demo.values).toHaveLength(YEARS * (2 * 19 + 2 * 4));
    const units = new Set(
      demo.values
        .filter((row) => row.indicator_code === "WPRES_PES_NA_10K")
        .map((row) => row.territorial_unit_code),
    );
    expect(units.size).toBe(19);
    expect(valuesOf("RPDI_MIESZKANIA_MIEJSCA", "02")).toEqual([]);
  });

  it("keeps series plausible: gentle trends, podlaskie near the OZPS figure, counts summed", () => {
    const share = valuesOf("OZPS_ODSETEK_KORZYSTAJACYCH", "20").map((row) => row.value);
    expect(share[1]).toBeGreaterThan(6.5);
    expect(share[1]).toBeLessThan(7.3);
    expect(share.at(-1)).toBeLessThan(share[0]!);
    for (const row of demo.values) expect(row.value).toBeGreaterThanOrEqual(0);
    const places = (unit: string) => valuesOf("RPDI_MIESZKANIA_MIEJSCA", unit).map((row) => row.value);
    expect(places("20")).toEqual(
      places("2001").map((value, index) => value + places("2002")[index]! + places("2061")[index]!),
    );
  });

  it("sets a baseline and a target for podlaskie on WPRES indicators only", () => {
    const withTarget = demo.values.filter((row) => row.target !== null);
    expect(new Set(withTarget.map((row) => `${row.indicator_code}:${row.territorial_unit_code}`))).toEqual(
      new Set(["WPRES_PES_NA_10K:20", "WPRES_PS_LICZBA:20"]),
    );
    for (const row of withTarget) expect(row.target!).toBeGreaterThan(row.baseline!);
  });
});
