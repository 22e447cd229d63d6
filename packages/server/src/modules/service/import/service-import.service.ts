import type { EntityManager } from "@mikro-orm/postgresql";
import type { Clock } from "../../common/clock";
import { toGlobalId } from "../../common/global-id";
import type { UserError } from "../../common/user-error.type";
import { IndicatorCsvError } from "../../indicator/import/indicator-csv-error";
import { delimiterOf, readCsvRecords, type CsvRecord } from "../../indicator/import/read-csv-records";
import type { ServiceInput } from "../dto/service.input";
import { ServiceEditorService } from "../service-editor.service";
import { checkServiceReferences } from "../service-references";
import { validateServiceInput } from "../service.validation";
import {
  columnOfInputPath,
  REQUIRED_SERVICE_CSV_COLUMNS,
  SERVICE_CSV_COLUMNS,
  serviceInputOfRow,
  type ServiceCsvColumn,
  type ServiceCsvRow,
} from "./service-csv-row";

type Actor = { id: string };
const MAX_CSV_LENGTH = 1_000_000;
const MAX_ROWS = 1_000;
const MAX_REPORTED = 100;

export interface PlannedService {
  line: number;
  title: string;
  slug: string;
}

/** Rolls the import back when a row fails at write time (e.g. a slug taken meanwhile). */
class ImportFailed extends Error {
  constructor(readonly errors: UserError[]) {
    super("The service import failed");
  }
}

const problem = (line: number, column: string, message: string): UserError => ({
  field: ["csv", String(line), column],
  message,
});

/**
 * Services from a CSV, all or nothing: every row is validated as createService validates its input
 * (errors at ["csv", line, column]); a dry run stops there, an import creates them all as drafts
 * through the editor service, audited with the editor, in one transaction.
 */
export class ServiceImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async importCsv(csv: string, dryRun: boolean, actor: Actor) {
    const checked = await this.check(csv);
    if ("errors" in checked)
      return { dryRun, services: [], userErrors: checked.errors.slice(0, MAX_REPORTED) };
    if (dryRun) return { dryRun, services: checked.planned, userErrors: [] };
    try {
      await this.em.transactional(async (tx) => {
        const editor = new ServiceEditorService(tx, this.clock);
        for (const [index, input] of checked.inputs.entries()) {
          const { userErrors } = await editor.create(input, actor);
          const line = checked.planned[index]!.line;
          if (userErrors.length) {
            throw new ImportFailed(
              userErrors.map((e) => problem(line, columnOfInputPath(e.field), e.message)),
            );
          }
        }
      });
    } catch (error) {
      if (error instanceof ImportFailed) return { dryRun, services: [], userErrors: error.errors };
      throw error;
    }
    return { dryRun, services: checked.planned, userErrors: [] };
  }

  private async check(
    csv: string,
  ): Promise<{ errors: UserError[] } | { inputs: ServiceInput[]; planned: PlannedService[] }> {
    if (csv.length > MAX_CSV_LENGTH) {
      return { errors: [{ field: ["csv"], message: `must be at most ${MAX_CSV_LENGTH} characters` }] };
    }
    let records: CsvRecord[];
    try {
      records = readCsvRecords(csv, delimiterOf(csv));
    } catch (error) {
      if (!(error instanceof IndicatorCsvError)) throw error;
      return { errors: error.problems.map((p) => problem(p.line, p.column, p.message)) };
    }
    const [header, ...rows] = records;
    if (!header || rows.length === 0)
      return { errors: [{ field: ["csv"], message: "has no rows to import" }] };
    if (rows.length > MAX_ROWS)
      return { errors: [{ field: ["csv"], message: `has more than ${MAX_ROWS} rows` }] };
    const headerErrors = this.checkHeader(header.fields);
    if (headerErrors.length) return { errors: headerErrors };
    const providers = await this.providersByNip(rows, header.fields);
    const errors: UserError[] = [];
    const inputs: ServiceInput[] = [];
    const planned: PlannedService[] = [];
    const slugLines = new Map<string, number>();
    for (const { line, fields } of rows) {
      const row = Object.fromEntries(
        header.fields.map((column, i) => [column, fields[i] ?? ""]),
      ) as ServiceCsvRow;
      const nip = row.providerNip?.replace(/[\s-]/g, "") ?? "";
      const providerUuid = nip ? providers.get(nip) : null;
      if (providerUuid === undefined)
        errors.push(problem(line, "providerNip", "no organization has this NIP"));
      const input = serviceInputOfRow(row, providerUuid ? toGlobalId("Organization", providerUuid) : null);
      const { errors: invalid, normalized } = validateServiceInput(input, this.clock.today());
      const references = invalid.length
        ? []
        : (await checkServiceReferences(this.em, normalized, null)).errors;
      for (const e of [...invalid, ...references])
        errors.push(problem(line, columnOfInputPath(e.field), e.message));
      const earlier = slugLines.get(normalized.slug);
      if (earlier) errors.push(problem(line, "slug", `is the same as on line ${earlier}`));
      slugLines.set(normalized.slug, line);
      inputs.push(input);
      planned.push({ line, title: normalized.title, slug: normalized.slug });
    }
    return errors.length ? { errors } : { inputs, planned };
  }

  private checkHeader(columns: string[]): UserError[] {
    const known = new Set<string>(SERVICE_CSV_COLUMNS);
    const errors = columns
      .filter((column) => !known.has(column))
      .map((column) =>
        problem(1, column, `is not a column of the services CSV (${SERVICE_CSV_COLUMNS.join(", ")})`),
      );
    for (const required of REQUIRED_SERVICE_CSV_COLUMNS) {
      if (!columns.includes(required)) errors.push(problem(1, required, "is a required column"));
    }
    return errors;
  }

  /** Providers named by NIP, looked up for the whole file in one query. */
  private async providersByNip(rows: CsvRecord[], columns: string[]): Promise<Map<string, string>> {
    const index = columns.indexOf("providerNip" satisfies ServiceCsvColumn);
    const nips = [
      ...new Set(rows.map((row) => row.fields[index]?.replace(/[\s-]/g, "") ?? "").filter(Boolean)),
    ];
    if (index < 0 || nips.length === 0) return new Map();
    const found = await this.em
      .getConnection()
      .execute<{ id: string; nip: string }[]>(
        "select id, nip from organization where nip in (?)",
        [nips],
        "all",
      );
    return new Map(found.map((row) => [row.nip, row.id]));
  }
}
