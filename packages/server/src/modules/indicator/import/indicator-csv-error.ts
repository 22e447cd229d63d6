export interface IndicatorCsvProblem {
  /** Line of the file, 1 being the header. */
  line: number;
  /** An indicator column name, or "header", "line" or "file". */
  column: string;
  message: string;
}

const MAX_REPORTED_PROBLEMS = 50;

/** The file cannot be imported; nothing was written. Lists the first 50 problems in line order. */
export class IndicatorCsvError extends Error {
  readonly problems: IndicatorCsvProblem[];

  constructor(problems: IndicatorCsvProblem[]) {
    const sorted = [...problems].sort((a, b) => a.line - b.line);
    const shown = sorted.slice(0, MAX_REPORTED_PROBLEMS);
    const more = sorted.length - shown.length;
    super(
      `The indicator file is invalid; nothing was imported.\n${shown
        .map((p) => `  line ${p.line}, column ${p.column}: ${p.message}`)
        .join("\n")}${more > 0 ? `\n  … and ${more} more problems` : ""}`,
    );
    this.name = "IndicatorCsvError";
    this.problems = shown;
  }
}
