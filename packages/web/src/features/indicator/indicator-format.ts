import type { TerritorialUnitKind } from "@/__generated__/graphql";
import { LOCALE_TAGS, type Locale } from "@/i18n/locales";

/**
 * "województwo podlaskie", "powiat augustowski", "miasto Białystok" (a city with powiat rights): the
 * unit's Polish name, as records and the CSV give it, in every language of the site.
 */
export function unitLabel(unit: { name: string; kind: TerritorialUnitKind }): string {
  switch (unit.kind) {
    case "VOIVODESHIP":
      return `województwo ${unit.name}`;
    case "COUNTY":
      return `powiat ${unit.name}`;
    case "CITY_WITH_COUNTY_RIGHTS":
      return `miasto ${unit.name}`;
    default:
      return unit.name;
  }
}

const formats = new Map<string, Intl.NumberFormat>();

/** A value in the page's language with a fixed number of decimals: "7,2" in Polish, "7.2" in English. */
export function formatValue(value: number, decimals: number, locale: Locale): string {
  const key = `${locale}:${decimals}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAGS[locale], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formats.set(key, format);
  }
  return format.format(value);
}

/** "7,2%" and "12 miejsc" need no space rules beyond this: "%" sticks to the number. */
export function withUnit(text: string, unit: string): string {
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}
