import { CsvError, parse } from "csv-parse/sync";
import { IndicatorCsvError } from "./indicator-csv-error";

interface InfoRecord {
  record: string[];
  info: { lines: number };
}

export interface CsvRecord {
  /** Line of the file where the record starts, 1 being the header. */
  line: number;
  fields: string[];
}

const QUOTE_PROBLEMS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted value is not closed (missing ")',
  INVALID_OPENING_QUOTE: 'a quote (") inside a value that does not start with one',
  CSV_INVALID_CLOSING_QUOTE: 'text right after the closing quote (")',
};

/** The delimiter the header uses: ";" (Polish spreadsheets) unless the header has none, then ",". */
export function delimiterOf(text: string): ";" | "," {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.includes(";") ? ";" : ",";
}

/** Splits a CSV text into records with their line numbers; blank lines are skipped. */
export function readCsvRecords(text: string, delimiter: string): CsvRecord[] {
  let parsed: InfoRecord[];
  try {
    // The typings do not follow the `info` option, which wraps each record with its position.
    parsed = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as InfoRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new IndicatorCsvError([
      {
        line: lineOfFailure(text, error),
        column: "line",
        message: QUOTE_PROBLEMS[error.code] ?? error.message,
      },
    ]);
  }
  // `info.lines` is where a record ends; a quoted value may span lines.
  return parsed.map(({ record, info }) => ({
    line: info.lines - record.reduce((breaks, field) => breaks + (field.match(/\n/g)?.length ?? 0), 0),
    fields: record,
  }));
}

/** The line of the record the parser stopped in (its own `lines` is where it gave up, often the end). */
function lineOfFailure(text: string, error: CsvError): number {
  const offset = (error as CsvError & { bytes_records?: number }).bytes_records ?? 0;
  const lines = text.split("\n");
  let line = Buffer.from(text).subarray(0, offset).toString().split("\n").length;
  while (line < lines.length && lines[line - 1]!.trim() === "") line++;
  return line;
}
