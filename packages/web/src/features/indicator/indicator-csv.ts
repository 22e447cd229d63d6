/**
 * The CSV of an indicator's table as Polish spreadsheets open it: UTF-8 with a byte-order mark,
 * ";" between fields (the comma is the decimal separator), CRLF line ends (RFC 4180).
 */

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

const BOM = "\uFEFF";

/** A number with a decimal comma and no grouping: "7,2", "-0,5", "1234". */
export function csvNumber(value: number): string {
  return String(value).replace(".", ",");
}

/**
 * A text field, quoted when it holds a separator, a quote or a line break. Text that a spreadsheet
 * would run as a formula (=, +, -, @ at the start) gets a leading apostrophe.
 */
export function csvText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function indicatorCsv({ indicator, years, units }: IndicatorCsvInput): string {
  const header = ["Kod TERYT", "Jednostka terytorialna", "Wskaźnik", "Jednostka miary", ...years.map(String)];
  const rows = units.map((unit) => {
    const byYear = new Map(unit.values.map((item) => [item.year, item.value]));
    return [
      csvText(unit.code),
      csvText(unit.label),
      csvText(indicator.name),
      csvText(indicator.unit),
      ...years.map((year) => {
        const value = byYear.get(year);
        return value === undefined ? "" : csvNumber(value);
      }),
    ];
  });
  return BOM + [header.map(csvText), ...rows].map((row) => row.join(";")).join("\r\n") + "\r\n";
}

/** "wskaznik-OZPS_ODSETEK-powiaty.csv": safe in a Content-Disposition header as it is. */
export function csvFilename(code: string, level: string): string {
  return `wskaznik-${code.replace(/[^A-Za-z0-9._-]/g, "_")}-${level.replace(/[^a-z]/g, "")}.csv`;
}
