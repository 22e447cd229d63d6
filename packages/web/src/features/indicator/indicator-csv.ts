import { csvCell, csvFile } from "@/lib/csv";

export interface CsvUnit {
  code: string;
  label: string;
  values: readonly { year: number; value: number }[];
}

export interface IndicatorCsvInput {
  indicator: { code: string; name: string; unit: string };
  years: readonly number[];
  units: readonly CsvUnit[];
}

/** A number with a decimal comma and no grouping: "7,2", "-0,5", "1234". */
export function csvNumber(value: number): string {
  return String(value).replace(".", ",");
}

/** The CSV of an indicator's table (see lib/csv); the comma is the decimal separator. */
export function indicatorCsv({ indicator, years, units }: IndicatorCsvInput): string {
  const header = ["Kod TERYT", "Jednostka terytorialna", "Wskaźnik", "Jednostka miary", ...years.map(String)];
  const rows = units.map((unit) => {
    const byYear = new Map(unit.values.map((item) => [item.year, item.value]));
    return [
      csvCell(unit.code),
      csvCell(unit.label),
      csvCell(indicator.name),
      csvCell(indicator.unit),
      ...years.map((year) => {
        const value = byYear.get(year);
        return value === undefined ? "" : csvNumber(value);
      }),
    ];
  });
  return csvFile([header.map(csvCell), ...rows]);
}

/** "wskaznik-OZPS_ODSETEK-powiaty.csv": safe in a Content-Disposition header as it is. */
export function csvFilename(code: string, level: string): string {
  return `wskaznik-${code.replace(/[^A-Za-z0-9._-]/g, "_")}-${level.replace(/[^a-z]/g, "")}.csv`;
}
