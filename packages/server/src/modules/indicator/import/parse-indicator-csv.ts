import { isIndicatorCode, isIndicatorYear, isTerytCode } from "@obserwatorium/schema";
import {
  columnOfHeader,
  REQUIRED_COLUMNS,
  type IndicatorCsvColumn,
  type OptionalCsvColumn,
} from "./indicator-csv-columns";
import { IndicatorCsvError, type IndicatorCsvProblem } from "./indicator-csv-error";
import { parseDecimal } from "./parse-decimal";
import { delimiterOf, readCsvRecords, type CsvRecord } from "./read-csv-records";

const MAX_TEXT_LENGTH = 1000;

export interface IndicatorValueRow {
  line: number;
  indicatorCode: string;
  territorialUnitCode: string;
  year: number;
  value: number;
  baseline: number | null;
  target: number | null;
  source: string;
  note: string;
}

export interface IndicatorCsvFile {
  rows: IndicatorValueRow[];
  /** Optional columns the header has; the others are left as stored. */
  optionalColumns: OptionalCsvColumn[];
}

type Report = (line: number, column: string, message: string) => void;
type Columns = Map<IndicatorCsvColumn, number>;

/** Parses and checks a whole indicator values file (format: docs/INDICATOR-CSV.md) or reports why not. */
export function parseIndicatorCsv(content: string): IndicatorCsvFile {
  const text = content.replace(/^\uFEFF/, "");
  const delimiter = delimiterOf(text);
  const [header, ...records] = readCsvRecords(text, delimiter);
  const columns = readHeader(header);
  const width = header!.fields.length;
  const problems: IndicatorCsvProblem[] = [];
  const report: Report = (line, column, message) => problems.push({ line, column, message });
  const rows: IndicatorValueRow[] = [];
  const lineOfKey = new Map<string, number>();
  for (const record of records) {
    if (record.fields.every((field) => field === "")) continue;
    if (record.fields.length !== width) {
      const hint = delimiter === "," ? '; a decimal comma must be quoted ("6,9") or use ";"' : "";
      report(record.line, "line", `must have ${width} fields (has ${record.fields.length})${hint}`);
      continue;
    }
    const row = parseRow(record, columns, report);
    if (!row) continue;
    const key = `${row.indicatorCode}|${row.territorialUnitCode}|${row.year}`;
    const firstLine = lineOfKey.get(key);
    if (firstLine !== undefined) {
      report(
        row.line,
        "year",
        `${row.indicatorCode} for ${row.territorialUnitCode} in ${row.year} repeats line ${firstLine}`,
      );
      continue;
    }
    lineOfKey.set(key, row.line);
    rows.push(row);
  }
  if (problems.length === 0 && rows.length === 0) report(2, "file", "the file has no values");
  if (problems.length > 0) throw new IndicatorCsvError(problems);
  const optionalColumns = (["baseline", "target", "source", "note"] as const).filter((c) => columns.has(c));
  return { rows, optionalColumns };
}

function readHeader(header: CsvRecord | undefined): Columns {
  if (!header) throw new IndicatorCsvError([{ line: 1, column: "header", message: "the file is empty" }]);
  const problems: IndicatorCsvProblem[] = [];
  const columns: Columns = new Map();
  header.fields.forEach((name, index) => {
    const column = columnOfHeader(name);
    if (!column) problems.push({ line: 1, column: "header", message: `unknown column "${name}"` });
    else if (columns.has(column))
      problems.push({ line: 1, column: "header", message: `column ${column} appears twice` });
    else columns.set(column, index);
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!columns.has(required))
      problems.push({ line: 1, column: "header", message: `the column ${required} is missing` });
  }
  if (problems.length > 0) throw new IndicatorCsvError(problems);
  return columns;
}

function parseRow({ line, fields }: CsvRecord, columns: Columns, report: Report): IndicatorValueRow | null {
  const cell = (column: IndicatorCsvColumn) => {
    const index = columns.get(column);
    return index === undefined ? "" : (fields[index] ?? "");
  };
  let valid = true;
  const problem = (column: string, message: string) => {
    report(line, column, message);
    valid = false;
  };
  const indicatorCode = cell("indicator");
  if (!isIndicatorCode(indicatorCode))
    problem("indicator", `must be an indicator code (got "${indicatorCode}")`);
  const territorialUnitCode = restoreLeadingZero(cell("teryt"));
  if (!isTerytCode(territorialUnitCode))
    problem("teryt", `must be a TERYT code of 2, 4 or 7 digits (got "${cell("teryt")}")`);
  const year = /^\d{4}$/.test(cell("year")) ? Number(cell("year")) : Number.NaN;
  if (!isIndicatorYear(year)) problem("year", `must be a year from 1990 to 2100 (got "${cell("year")}")`);
  const value = parseDecimal(cell("value"));
  if (value === null) problem("value", `must be a number such as 6,9 or 1 250 (got "${cell("value")}")`);
  const [baseline, target] = (["baseline", "target"] as const).map((column) => {
    if (cell(column) === "") return null;
    const number = parseDecimal(cell(column));
    if (number === null) problem(column, `must be empty or a number (got "${cell(column)}")`);
    return number;
  });
  for (const column of ["source", "note"] as const) {
    if (cell(column).length > MAX_TEXT_LENGTH)
      problem(column, `must be at most ${MAX_TEXT_LENGTH} characters`);
  }
  if (!valid) return null;
  return {
    line,
    indicatorCode,
    territorialUnitCode,
    year,
    value: value!,
    baseline: baseline ?? null,
    target: target ?? null,
    source: cell("source"),
    note: cell("note"),
  };
}

/** Spreadsheets read "0201" as a number and drop its zero; TERYT lengths (2, 4, 7) make it unambiguous. */
function restoreLeadingZero(code: string): string {
  return /^\d$|^\d{3}$|^\d{6}$/.test(code) ? `0${code}` : code;
}
