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

/** "7,2" on the map, "powiat augustowski: 7,2%" in its title. */
export function mapValueTexts(
  value: number | null | undefined,
  label: string,
  decimals: number,
  unit: string,
) {
  if (value == null) return { short: "brak danych", title: `${label}: brak danych` };
  const short = formatValue(value, decimals);
  return { short, title: `${label}: ${withUnit(short, unit)}` };
}
