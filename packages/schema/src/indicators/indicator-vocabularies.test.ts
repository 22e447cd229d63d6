import { describe, expect, it } from "vitest";
import { isIndicatorCode, isIndicatorYear } from "./indicator-code";
import { INDICATOR_DIRECTION_LABELS_PL, INDICATOR_DIRECTIONS } from "./indicator-direction";
import { INDICATOR_PROGRAMME_LABELS_PL, INDICATOR_PROGRAMMES } from "./indicator-programme";

describe("indicator vocabularies", () => {
  it("label every programme and direction in Polish", () => {
    expect(Object.keys(INDICATOR_PROGRAMME_LABELS_PL)).toEqual([...INDICATOR_PROGRAMMES]);
    expect(Object.keys(INDICATOR_DIRECTION_LABELS_PL)).toEqual([...INDICATOR_DIRECTIONS]);
  });

  it("accept codes of letters and digits joined by . _ -, at most 64 characters", () => {
    expect(["WPRES_PES_NA_10K", "ozps.1.2", "RPDI-3"].every(isIndicatorCode)).toBe(true);
    expect(["", "a b", "_A", "A__B", "ż", "A".repeat(65)].some(isIndicatorCode)).toBe(false);
  });

  it("accept whole years from 1990 to 2100", () => {
    expect([1990, 2025, 2100].every(isIndicatorYear)).toBe(true);
    expect([1989, 2101, 2020.5, Number.NaN].some(isIndicatorYear)).toBe(false);
  });
});
