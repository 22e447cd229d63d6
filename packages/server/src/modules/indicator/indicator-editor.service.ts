import type { EntityManager } from "@mikro-orm/postgresql";
import type { UserError } from "../common/user-error.type";
import type { IndicatorValueInput } from "./dto/indicator-value.input";
import type { IndicatorInput } from "./dto/indicator.input";
import { importIndicatorValuesCsv } from "./import/import-indicator-values";
import { IndicatorCsvError, type IndicatorCsvProblem } from "./import/indicator-csv-error";
import { createIndicator, updateIndicator } from "./indicator-definition-editor";
import type { IndicatorImportPayload } from "./indicator-import-payload.type";
import { deleteIndicatorValue, setIndicatorValue } from "./indicator-value-editor";

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

/** Editors' changes to indicators and their values; every write is audited with the editor. */
export class IndicatorEditorService {
  constructor(private readonly em: EntityManager) {}

  create(code: string, input: IndicatorInput, actor: Actor) {
    return createIndicator(this.em, code, input, actor);
  }

  update(code: string, input: IndicatorInput, actor: Actor) {
    return updateIndicator(this.em, code, input, actor);
  }

  setValue(input: IndicatorValueInput, actor: Actor) {
    return setIndicatorValue(this.em, input, actor);
  }

  deleteValue(key: { indicatorCode: string; territorialUnitCode: string; year: number }, actor: Actor) {
    return deleteIndicatorValue(this.em, key, actor);
  }

  /** The same validation and transaction as the command line. */
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
