import type { FundingKind, TerritorialUnitKind } from "@/__generated__/graphql";
import { KIND_LABELS } from "@/features/territory/kind-labels";
import { formatDate } from "@/lib/dates";

/** Polish names of the funding kinds (the schema's wording). */
export const FUNDING_KIND_LABELS: Record<FundingKind, string> = {
  EFS_PLUS: "EFS+ w programie Fundusze Europejskie dla Podlaskiego 2021–2027",
  FERS: "FERS — Fundusze Europejskie dla Rozwoju Społecznego 2021–2027",
  PFRON: "PFRON — Państwowy Fundusz Rehabilitacji Osób Niepełnosprawnych",
  NATIONAL_PROGRAMME: "program rządowy lub Fundusz Solidarnościowy",
  JST_BUDGET: "budżet jednostki samorządu terytorialnego",
  OTHER: "inne źródło",
};

export interface PracticePeriod {
  fromYear: number;
  fromDate?: string | null;
  toYear?: number | null;
  toDate?: string | null;
}

/**
 * "2021–2023", "od 1 marca 2021 r. do 31 grudnia 2022 r.", "od 2024 r., trwa nadal": exact dates
 * when the editors know them, years otherwise.
 */
export function periodText(period: PracticePeriod): string {
  const from = period.fromDate ? `${formatDate(period.fromDate)} r.` : `${period.fromYear} r.`;
  if (period.toYear == null) return `od ${from}, trwa nadal`;
  if (period.fromDate || period.toDate) {
    const to = period.toDate ? `${formatDate(period.toDate)} r.` : `${period.toYear} r.`;
    return `od ${from} do ${to}`;
  }
  return period.toYear === period.fromYear ? `${period.fromYear} r.` : `${period.fromYear}–${period.toYear}`;
}

const number = new Intl.NumberFormat("pl-PL", { maximumFractionDigits: 2 });

/** "120 osób", "45%", "3" (a plain count has no unit). */
export function resultValueText(value: number, unit: string): string {
  const text = number.format(value);
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}

interface Unit {
  code: string;
  name: string;
  kind: TerritorialUnitKind;
}

/** Powiat codes from 61 up are cities with powiat rights (TERYT). */
const CITY_POWIAT = /^\d{2}[6-9]\d/;

/**
 * How a list names a place: "powiat sejneński", "gmina miejsko-wiejska Łapy", "województwo
 * podlaskie"; a city with powiat rights, and its gmina, by its name alone ("Białystok").
 */
export function placeName(unit: Unit): string {
  switch (unit.kind) {
    case "VOIVODESHIP":
      return `województwo ${unit.name}`;
    case "COUNTY":
      return `powiat ${unit.name}`;
    case "CITY_WITH_COUNTY_RIGHTS":
      return unit.name;
    case "URBAN_MUNICIPALITY":
      return CITY_POWIAT.test(unit.code) ? unit.name : `${KIND_LABELS[unit.kind]} ${unit.name}`;
    default:
      return `${KIND_LABELS[unit.kind]} ${unit.name}`;
  }
}
