import type { FundingKind, TerritorialUnitKind } from "@/__generated__/graphql";
import { unitLabel } from "@/features/service/place-picker-matches";
import { KIND_LABELS } from "@/features/territory/kind-labels";
import { LOCALE_TAGS, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
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

const FUNDING_KIND_LABELS_BY_LOCALE: Record<Locale, Record<FundingKind, string>> = {
  pl: FUNDING_KIND_LABELS,
  en: {
    EFS_PLUS: "ESF+ in the European Funds for Podlaskie 2021–2027 programme",
    FERS: "FERS — European Funds for Social Development 2021–2027",
    PFRON: "PFRON — State Fund for the Rehabilitation of Disabled Persons",
    NATIONAL_PROGRAMME: "government programme or the Solidarity Fund",
    JST_BUDGET: "budget of a local government unit",
    OTHER: "other source",
  },
  uk: {
    EFS_PLUS: "ЄСФ+ у програмі «Європейські фонди для Підляшшя 2021–2027»",
    FERS: "FERS — Європейські фонди для соціального розвитку 2021–2027",
    PFRON: "PFRON — Державний фонд реабілітації осіб з інвалідністю",
    NATIONAL_PROGRAMME: "урядова програма або Фонд солідарності",
    JST_BUDGET: "бюджет органу місцевого самоврядування",
    OTHER: "інше джерело",
  },
};

/** The funding kinds named in the page's language. */
export function fundingKindLabels(locale: Locale): Record<FundingKind, string> {
  return FUNDING_KIND_LABELS_BY_LOCALE[locale];
}

export interface PracticePeriod {
  fromYear: number;
  fromDate?: string | null;
  toYear?: number | null;
  toDate?: string | null;
}

/**
 * "2021–2023", "od 1 marca 2021 r. do 31 grudnia 2022 r.", "od 2024 r., trwa nadal": exact dates
 * when the editors know them, years otherwise; worded in the page's language.
 */
export function periodText(period: PracticePeriod, locale: Locale = "pl"): string {
  const words = getMessages(locale).knowledge.goodPractice;
  const day = (date: string) => words.date(formatDate(date, LOCALE_TAGS[locale]));
  const from = period.fromDate ? day(period.fromDate) : words.year(period.fromYear);
  if (period.toYear == null) return words.ongoing(from);
  if (period.fromDate || period.toDate) {
    const to = period.toDate ? day(period.toDate) : words.year(period.toYear);
    return words.between(from, to);
  }
  return period.toYear === period.fromYear
    ? words.year(period.fromYear)
    : `${period.fromYear}–${period.toYear}`;
}

/** "120 osób", "45%", "3" (a plain count has no unit; the unit is the record's, in Polish). */
export function resultValueText(value: number, unit: string, locale: Locale = "pl"): string {
  const text = new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumFractionDigits: 2 }).format(value);
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
 * podlaskie"; a city with powiat rights, and its gmina, by its name alone ("Białystok"). In another
 * language, the Polish name with its kind translated ("Łapy (urban-rural municipality)").
 */
export function placeName(unit: Unit, locale: Locale = "pl"): string {
  if (locale !== "pl") {
    const city =
      unit.kind === "CITY_WITH_COUNTY_RIGHTS" ||
      (unit.kind === "URBAN_MUNICIPALITY" && CITY_POWIAT.test(unit.code));
    return city ? unit.name : unitLabel(unit, locale);
  }
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
