import { describe, expect, it } from "vitest";
import {
  indicatorCsvHref,
  indicatorViewHref,
  parseIndicatorView,
  type IndicatorChoices,
} from "./indicator-params";

const CHOICES: IndicatorChoices = {
  indicators: [
    { code: "OZPS_ODSETEK", years: [2019, 2020, 2021] },
    { code: "WPRES_PS", years: [2020, 2021, 2022] },
    { code: "NOWY", years: [] },
  ],
  countyCodes: ["2001", "2002", "2003", "2004", "2005", "2061"],
};

describe("parseIndicatorView", () => {
  it("reads the indicator, the powiaty, the map's level and year", () => {
    const result = parseIndicatorView(
      { wskaznik: "WPRES_PS", powiat: ["2061", "2002"], mapa: "wojewodztwa", rok: "2021" },
      CHOICES,
    );
    expect(result).toEqual({
      status: "ok",
      view: {
        code: "WPRES_PS",
        counties: ["2002", "2061"],
        droppedCounties: 0,
        level: "wojewodztwa",
        year: 2021,
      },
    });
    if (result.status !== "ok") return;
    expect(indicatorViewHref(result.view)).toBe(
      "/dane?wskaznik=WPRES_PS&powiat=2002&powiat=2061&mapa=wojewodztwa&rok=2021",
    );
    expect(indicatorCsvHref(result.view)).toBe(
      "/dane/csv?wskaznik=WPRES_PS&powiat=2002&powiat=2061&mapa=wojewodztwa&rok=2021",
    );
  });

  it("shows the first indicator, its latest year and the powiaty map by default", () => {
    expect(parseIndicatorView({}, CHOICES)).toEqual({
      status: "ok",
      view: { code: "OZPS_ODSETEK", counties: [], droppedCounties: 0, level: "powiaty", year: 2021 },
    });
  });

  it("keeps four powiaty for the chart, drops unknown ones and years the indicator lacks", () => {
    const result = parseIndicatorView(
      { wskaznik: "OZPS_ODSETEK", powiat: ["2005", "1465", "2001", "2002", "2003", "2004"], rok: "2025" },
      CHOICES,
    );
    expect(result).toMatchObject({
      view: { counties: ["2001", "2002", "2003", "2004"], droppedCounties: 1, year: 2021 },
    });
  });

  it("has no year for an indicator without values", () => {
    expect(parseIndicatorView({ wskaznik: "NOWY" }, CHOICES)).toMatchObject({ view: { year: null } });
  });

  it("tells an unknown indicator apart from an empty list", () => {
    expect(parseIndicatorView({ wskaznik: "BRAK" }, CHOICES)).toEqual({ status: "unknown", code: "BRAK" });
    expect(parseIndicatorView({}, { indicators: [], countyCodes: [] })).toEqual({ status: "none" });
  });
});
