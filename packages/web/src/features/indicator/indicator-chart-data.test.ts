import { describe, expect, it } from "vitest";
import { chartUnits, describeSeries, seriesGoals } from "./indicator-chart-data";

describe("seriesGoals", () => {
  it("takes the latest baseline and target given", () => {
    expect(
      seriesGoals([
        { year: 2019, value: 27.6, baseline: 27.6, target: 34.5 },
        { year: 2020, value: 28.1, baseline: 27.6, target: 35 },
        { year: 2021, value: 29, baseline: null, target: null },
      ]),
    ).toEqual({ baseline: 27.6, target: 35 });
    expect(seriesGoals([{ year: 2019, value: 1 }])).toEqual({ baseline: null, target: null });
  });
});

describe("chartUnits", () => {
  it("keeps the order asked for and skips units the series lacks", () => {
    const units = ["2001", "20", "2061"].map((code) => ({ territorialUnit: { code } }));
    expect(chartUnits(units, ["20", "2061", "2099"]).map((unit) => unit.territorialUnit.code)).toEqual([
      "20",
      "2061",
    ]);
  });
});

describe("describeSeries", () => {
  it("says where the line starts and ends, in Polish numbers for a Polish page", () => {
    const values = [
      { year: 2019, value: 8.4 },
      { year: 2020, value: 8 },
      { year: 2025, value: 6.9 },
    ];
    expect(describeSeries("powiat augustowski", values, 1, "%", "pl", "brak danych")).toBe(
      "powiat augustowski: 8,4% (2019) → 6,9% (2025)",
    );
    expect(
      describeSeries("miasto Łomża", [{ year: 2024, value: 12 }], 0, "miejsca", "pl", "brak danych"),
    ).toBe("miasto Łomża: 12 miejsca (2024)");
    expect(describeSeries("powiat sejneński", [], 0, "", "pl", "brak danych")).toBe(
      "powiat sejneński: brak danych",
    );
  });

  it("writes numbers and the missing line in the page's language", () => {
    const values = [
      { year: 2019, value: 8.4 },
      { year: 2025, value: 6.9 },
    ];
    expect(describeSeries("powiat augustowski", values, 1, "%", "en", "no data")).toBe(
      "powiat augustowski: 8.4% (2019) → 6.9% (2025)",
    );
    expect(describeSeries("powiat sejneński", [], 0, "", "uk", "немає даних")).toBe(
      "powiat sejneński: немає даних",
    );
  });
});
