import { IndicatorCsvError } from "../../indicator/import/indicator-csv-error";
import { delimiterOf, readCsvRecords, type CsvRecord } from "../../indicator/import/read-csv-records";
import type { UserError } from "../user-error.type";
import { polishMessage } from "./polish-message";

export const MAX_CSV_LENGTH = 1_000_000;
export const MAX_CSV_ROWS = 1_000;
export const MAX_REPORTED_PROBLEMS = 100;

/** The columns an import file may and must have; `what` completes "kolumną pliku …". */
export interface CsvSpec<C extends string> {
  columns: readonly C[];
  required: readonly C[];
  what: string;
}

/** A data line: its number in the file (1 being the header) and the cells of the columns it has. */
export interface CsvLine<C extends string> {
  line: number;
  cells: Partial<Record<C, string>>;
}

/**
 * A problem at ["csv", line, column]. Its message is Polish and names the column, so that it reads
 * on its own in a list of problems; validation messages of the editor mutations are translated.
 */
export function cellProblem(line: number, column: string, message: string): UserError {
  const text = polishMessage(message);
  const where = column === "line" ? `Wiersz ${line}` : `Kolumna „${column}”`;
  return { field: ["csv", String(line), column], message: `${where}: ${text}` };
}

const fileProblem = (message: string): UserError => ({ field: ["csv"], message });

/** Splits the file into lines keyed by column, or lists what makes it unreadable as a whole. */
export function readImportCsv<C extends string>(
  csv: string,
  spec: CsvSpec<C>,
): { errors: UserError[] } | { columns: C[]; lines: CsvLine<C>[] } {
  if (csv.length > MAX_CSV_LENGTH) {
    return { errors: [fileProblem(`Plik może mieć najwyżej ${MAX_CSV_LENGTH} znaków`)] };
  }
  // Spreadsheets save UTF-8 with a byte-order mark (the templates are served with one, for Excel).
  const text = csv.replace(/^\uFEFF/, "");
  let records: CsvRecord[];
  try {
    records = readCsvRecords(text, delimiterOf(text));
  } catch (error) {
    if (!(error instanceof IndicatorCsvError)) throw error;
    return { errors: error.problems.map((p) => cellProblem(p.line, p.column, p.message)) };
  }
  const [header, ...rows] = records;
  if (!header || rows.length === 0) {
    return {
      errors: [fileProblem("Plik nie ma wierszy do importu: pierwszy wiersz to nagłówek, dane od drugiego")],
    };
  }
  if (rows.length > MAX_CSV_ROWS) {
    return { errors: [fileProblem(`Plik może mieć najwyżej ${MAX_CSV_ROWS} wierszy danych`)] };
  }
  const headerErrors = checkHeader(header.fields, spec);
  if (headerErrors.length) return { errors: headerErrors };
  const columns = header.fields as C[];
  return {
    columns,
    lines: rows.map(({ line, fields }) => ({
      line,
      cells: Object.fromEntries(columns.map((column, i) => [column, fields[i] ?? ""])) as Partial<
        Record<C, string>
      >,
    })),
  };
}

function checkHeader<C extends string>(columns: string[], spec: CsvSpec<C>): UserError[] {
  const known = new Set<string>(spec.columns);
  const errors: UserError[] = [];
  const seen = new Set<string>();
  for (const column of columns) {
    const problem = (message: string) => ({ field: ["csv", "1", column], message });
    if (!known.has(column)) {
      errors.push(
        problem(
          `Kolumna „${column}”: nie jest kolumną pliku ${spec.what} (dozwolone: ${spec.columns.join(", ")})`,
        ),
      );
    } else if (seen.has(column)) {
      errors.push(problem(`Kolumna „${column}”: występuje w nagłówku więcej niż raz`));
    }
    seen.add(column);
  }
  for (const required of spec.required) {
    if (!seen.has(required)) {
      errors.push({
        field: ["csv", "1", required],
        message: `Kolumna „${required}”: jest wymagana, a nie ma jej w nagłówku`,
      });
    }
  }
  return errors;
}

/** Whether a vocabulary holds a value; a CSV cell is not checked by the GraphQL enum types. */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
