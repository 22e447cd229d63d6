import type { EntityManager } from "@mikro-orm/postgresql";
import type { Clock } from "../../common/clock";
import { cellProblem, MAX_REPORTED_PROBLEMS } from "../../common/csv-import/import-csv";
import { toGlobalId } from "../../common/global-id";
import type { UserError } from "../../common/user-error.type";
import { OrganizationEditorService } from "../organization-editor.service";
import type { Organization } from "../organization.entity";
import { organizationColumnOfPath } from "./organization-csv-row";
import { planOrganizationImport, type PlannedOrganization } from "./organization-import-plan";

type Actor = { id: string };

/** Rolls the import back when a line fails at write time (e.g. an identifier taken meanwhile). */
class ImportFailed extends Error {
  constructor(readonly errors: UserError[]) {
    super("The organization import failed");
  }
}

export interface OrganizationImportResult {
  dryRun: boolean;
  organizations: PlannedOrganization[];
  userErrors: UserError[];
}

/**
 * Organizations from a CSV, all or nothing: the whole file is checked first (problems at
 * ["csv", line, column]); a dry run stops there and reports what each line would do; an import
 * writes every line through the editor service (audit entries, search outbox) in one transaction.
 */
export class OrganizationImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async importCsv(csv: string, dryRun: boolean, actor: Actor): Promise<OrganizationImportResult> {
    const plan = await planOrganizationImport(this.em, csv);
    if ("errors" in plan)
      return { dryRun, organizations: [], userErrors: plan.errors.slice(0, MAX_REPORTED_PROBLEMS) };
    if (dryRun) return { dryRun, organizations: plan.planned, userErrors: [] };
    try {
      const written = await this.em.transactional(async (tx) => {
        const editor = new OrganizationEditorService(tx, this.clock);
        const result: PlannedOrganization[] = [];
        for (const line of plan.planned) {
          result.push(await this.apply(editor, line, actor));
        }
        return result;
      });
      return { dryRun, organizations: written, userErrors: [] };
    } catch (error) {
      if (error instanceof ImportFailed) return { dryRun, organizations: [], userErrors: error.errors };
      throw error;
    }
  }

  private async apply(
    editor: OrganizationEditorService,
    line: PlannedOrganization,
    actor: Actor,
  ): Promise<PlannedOrganization> {
    if (line.action === "UNCHANGED") return line;
    const payload =
      line.action === "CREATED"
        ? await editor.create(line.input, actor)
        : await editor.update(toGlobalId("Organization", line.organization!.id), line.input, actor);
    if (payload.userErrors.length) {
      throw new ImportFailed(
        payload.userErrors.map((e) => cellProblem(line.line, organizationColumnOfPath(e.field), e.message)),
      );
    }
    return { ...line, organization: payload.organization as Organization };
  }
}
