import type { IndicatorDirection, IndicatorProgramme, TerritorialUnitKind } from "@/__generated__/graphql";

/** The schema's wording of the directions. */
export const DIRECTION_LABELS: Record<IndicatorDirection, string> = {
  HIGHER_IS_BETTER: "im więcej, tym lepiej",
  LOWER_IS_BETTER: "im mniej, tym lepiej",
};

export const PROGRAMME_LABELS: Record<IndicatorProgramme, string> = {
  WPRES: "WPRES — Wojewódzki Program Rozwoju Ekonomii Społecznej",
  KPRES: "KPRES — Krajowy Program Rozwoju Ekonomii Społecznej",
  OZPS: "OZPS — ocena zasobów pomocy społecznej",
  RPDI: "RPDI — Regionalny Plan Deinstytucjonalizacji Usług Społecznych",
  OTHER: "inne źródło",
};

/** "województwo podlaskie", "powiat augustowski", "miasto Białystok" (a city with powiat rights). */
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

const formats = new Map<number, Intl.NumberFormat>();

/** A value in Polish with a fixed number of decimals: "7,2", "12", "1234,0". */
export function formatValue(value: number, decimals: number): string {
  let format = formats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("pl-PL", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formats.set(decimals, format);
  }
  return format.format(value);
}

/** "7,2%" and "12 miejsc" need no space rules beyond this: "%" sticks to the number. */
export function withUnit(text: string, unit: string): string {
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}
