import type { EntityManager } from "@mikro-orm/postgresql";
import type { UserError } from "../common/user-error.type";
import { importIndicatorValuesCsv } from "./import/import-indicator-values";
import { IndicatorCsvError, type IndicatorCsvProblem } from "./import/indicator-csv-error";
import type { IndicatorImportPayload } from "./indicator-import-payload.type";

type Actor = { id: string };

// The API body limit is 1 MB; a longer file goes through `npm run import:indicators`.
const MAX_CSV_LENGTH = 1_000_000;

const failed = (userErrors: UserError[]): IndicatorImportPayload => ({
  imported: null,
  inserted: null,
  updated: null,
  userErrors,
});

const toUserError = (problem: IndicatorCsvProblem): UserError => ({
  field: ["csv", String(problem.line), problem.column],
  message: problem.message,
});

/** Editors' imports: the same validation and transaction as the command line, audited with the editor. */
export class IndicatorEditorService {
  constructor(private readonly em: EntityManager) {}

  async importValues(csv: string, actor: Actor): Promise<IndicatorImportPayload> {
    if (csv.length > MAX_CSV_LENGTH)
      return failed([{ field: ["csv"], message: `must be at most ${MAX_CSV_LENGTH} characters` }]);
    try {
      const report = await importIndicatorValuesCsv(this.em, csv, actor.id);
      return { imported: report.rows, inserted: report.inserted, updated: report.updated, userErrors: [] };
    } catch (error) {
      if (error instanceof IndicatorCsvError) return failed(error.problems.map(toUserError));
      throw error;
    }
  }
}
