import type { ImportKind } from "./import-kinds";

export type ImportLineAction = "CREATED" | "UPDATED" | "UNCHANGED";

/** A line of the file and what the import does (or would do) with it. */
export interface ImportLine {
  /** Line of the file, 1 being the header. */
  line: number;
  action: ImportLineAction;
  /** The record's name or title. */
  label: string;
  /** The record's page in the panel, once it exists. */
  href: string | null;
}

/** A problem the API found; `line` and `column` are null for the whole file. */
export interface ImportProblem {
  line: number | null;
  column: string | null;
  message: string;
}

/** What one run of an import (dry or not) reported. */
export interface ImportOutcome {
  lines: ImportLine[];
  problems: ImportProblem[];
}

export type ImportSource = "file" | "csv";

/** What the import form shows after each step. */
export interface ImportState {
  /** checked: a dry run found no problem; applied: written; rejected: problems, nothing written. */
  status: "idle" | "checked" | "applied" | "rejected" | "failed";
  kind: ImportKind;
  /** A problem with what was given (no file, too large, not UTF-8), at its field. */
  fieldErrors: Partial<Record<ImportSource, string>>;
  /** Why the step could not run at all (the API unreachable). */
  failure: string | null;
  problems: ImportProblem[];
  lines: ImportLine[];
  /** The checked file's text, carried to the apply step. */
  csv: string | null;
  /** The pasted text, put back after a refusal. */
  pasted: string;
}

export const idleImportState = (kind: ImportKind): ImportState => ({
  status: "idle",
  kind,
  fieldErrors: {},
  failure: null,
  problems: [],
  lines: [],
  csv: null,
  pasted: "",
});

interface ApiUserError {
  field: readonly string[];
  message: string;
}

/** The API's ["csv", line, column] errors as problems, in line order; ["csv"] is the whole file. */
export function importProblemsOf(userErrors: readonly ApiUserError[]): ImportProblem[] {
  return userErrors
    .map(({ field, message }) => {
      const line = field[0] === "csv" && field[1] !== undefined ? Number(field[1]) : NaN;
      return Number.isInteger(line)
        ? { line, column: field[2] ?? null, message }
        : { line: null, column: null, message };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

export function importCounts(lines: readonly ImportLine[]): Record<ImportLineAction, number> {
  const counts: Record<ImportLineAction, number> = { CREATED: 0, UPDATED: 0, UNCHANGED: 0 };
  for (const { action } of lines) counts[action] += 1;
  return counts;
}
