import { foldPolish } from "@obserwatorium/schema";

/** The columns of an indicator values file, by their English header names. */
export const INDICATOR_CSV_COLUMNS = [
  "indicator",
  "teryt",
  "year",
  "value",
  "baseline",
  "target",
  "source",
  "note",
] as const;

export type IndicatorCsvColumn = (typeof INDICATOR_CSV_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly IndicatorCsvColumn[] = ["indicator", "teryt", "year", "value"];

/** Columns a file may leave out; a value already stored then keeps what it has in them. */
export type OptionalCsvColumn = Exclude<IndicatorCsvColumn, "indicator" | "teryt" | "year" | "value">;

// Polish headers, as a ROPS spreadsheet would have them; compared without diacritics and case.
const POLISH_NAMES: Readonly<Record<string, IndicatorCsvColumn>> = {
  wskaznik: "indicator",
  kod_wskaznika: "indicator",
  kod_teryt: "teryt",
  rok: "year",
  wartosc: "value",
  wartosc_bazowa: "baseline",
  wartosc_docelowa: "target",
  zrodlo: "source",
  uwagi: "note",
};

export function columnOfHeader(header: string): IndicatorCsvColumn | undefined {
  const name = foldPolish(header.trim().toLocaleLowerCase("pl")).replace(/[\s-]+/g, "_");
  return (INDICATOR_CSV_COLUMNS as readonly string[]).includes(name)
    ? (name as IndicatorCsvColumn)
    : POLISH_NAMES[name];
}
