import type { Locale } from "@/i18n/locales";
import { formatValue, withUnit } from "./indicator-format";
import { classOf, shadeOf, type ValueClasses } from "./value-classes";

/** The CSS class of a value's shade ("indicator-shade-0" … "-4", "-none") and whether text on it is light. */
export function shadeClass(value: number | null | undefined, classes: ValueClasses) {
  const index = classOf(value, classes);
  const shade = index === null ? null : shadeOf(index, classes.classes.length);
  return {
    className: shade === null ? "indicator-shade-none" : `indicator-shade-${shade}`,
    lightText: shade !== null && shade >= 3,
  };
}

/**
 * "7,2" on the map, "powiat augustowski: 7,2%" in its title; without a value, the short and the full
 * word for it ("b.d.", "brak danych").
 */
export function mapValueTexts(
  value: number | null | undefined,
  label: string,
  decimals: number,
  unit: string,
  locale: Locale,
  noData: { short: string; full: string },
) {
  if (value == null) return { short: noData.short, title: `${label}: ${noData.full}` };
  const short = formatValue(value, decimals, locale);
  return { short, title: `${label}: ${withUnit(short, unit)}` };
}
