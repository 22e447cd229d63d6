import type { Locale } from "@/i18n/locales";
import { formatValue, withUnit } from "./indicator-format";

export interface SeriesValue {
  year: number;
  value: number;
  baseline?: number | null;
  target?: number | null;
}

export interface Goals {
  baseline: number | null;
  target: number | null;
}

/** The programme's starting value and target for a unit: the latest ones given, null when none. */
export function seriesGoals(values: readonly SeriesValue[]): Goals {
  const latest = (pick: (value: SeriesValue) => number | null | undefined) =>
    [...values]
      .reverse()
      .map(pick)
      .find((item) => item != null) ?? null;
  return { baseline: latest((value) => value.baseline), target: latest((value) => value.target) };
}

/** The units drawn on the chart, in the order of `codes` (the województwo first); unknown codes are skipped. */
export function chartUnits<T extends { territorialUnit: { code: string } }>(
  units: readonly T[],
  codes: readonly string[],
): T[] {
  return codes.flatMap((code) => units.filter((unit) => unit.territorialUnit.code === code));
}

/**
 * A line in words, for the chart's text alternative: "powiat augustowski: 8,4% (2019) → 6,9% (2025)",
 * with numbers in the page's language and `noData` for a line without values.
 */
export function describeSeries(
  label: string,
  values: readonly SeriesValue[],
  decimals: number,
  unit: string,
  locale: Locale,
  noData: string,
): string {
  const first = values[0];
  const last = values.at(-1);
  if (!first || !last) return `${label}: ${noData}`;
  const text = (value: SeriesValue) =>
    `${withUnit(formatValue(value.value, decimals, locale), unit)} (${value.year})`;
  return first === last ? `${label}: ${text(first)}` : `${label}: ${text(first)} → ${text(last)}`;
}
