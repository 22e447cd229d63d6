import type { EntityManager } from "@mikro-orm/postgresql";
import type { Clock } from "../../common/clock";
import { cellProblem, MAX_REPORTED_PROBLEMS } from "../../common/csv-import/import-csv";
import { toGlobalId } from "../../common/global-id";
import type { UserError } from "../../common/user-error.type";
import { ServiceEditorService } from "../service-editor.service";
import type { Service } from "../service.entity";
import { serviceColumnOfPath } from "./service-csv-row";
import { planServiceImport, type PlannedService } from "./service-import-plan";

type Actor = { id: string };

/** Rolls the import back when a line fails at write time (e.g. a slug taken meanwhile). */
class ImportFailed extends Error {
  constructor(readonly errors: UserError[]) {
    super("The service import failed");
  }
}

export interface ServiceImportResult {
  dryRun: boolean;
  services: PlannedService[];
  userErrors: UserError[];
}

/**
 * Services from a CSV, all or nothing: the whole file is checked first (problems at
 * ["csv", line, column]); a dry run stops there and reports what each line would do; an import
 * writes every line through the editor service (audit entries, search outbox) in one transaction:
 * new services as drafts, matched ones updated, unchanged ones left alone.
 */
export class ServiceImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async importCsv(csv: string, dryRun: boolean, actor: Actor): Promise<ServiceImportResult> {
    const plan = await planServiceImport(this.em, csv, this.clock.today());
    if ("errors" in plan)
      return { dryRun, services: [], userErrors: plan.errors.slice(0, MAX_REPORTED_PROBLEMS) };
    if (dryRun) return { dryRun, services: plan.planned, userErrors: [] };
    try {
      const written = await this.em.transactional(async (tx) => {
        const editor = new ServiceEditorService(tx, this.clock);
        const result: PlannedService[] = [];
        for (const line of plan.planned) result.push(await this.apply(editor, line, actor));
        return result;
      });
      return { dryRun, services: written, userErrors: [] };
    } catch (error) {
      if (error instanceof ImportFailed) return { dryRun, services: [], userErrors: error.errors };
      throw error;
    }
  }

  private async apply(
    editor: ServiceEditorService,
    line: PlannedService,
    actor: Actor,
  ): Promise<PlannedService> {
    if (line.action === "UNCHANGED") return line;
    const payload =
      line.action === "CREATED"
        ? await editor.create(line.input, actor)
        : await editor.update(toGlobalId("Service", line.service!.id), line.input, actor);
    if (payload.userErrors.length) {
      throw new ImportFailed(
        payload.userErrors.map((e) => cellProblem(line.line, serviceColumnOfPath(e.field), e.message)),
      );
    }
    return { ...line, service: payload.service as Service };
  }
}
