import { graphql } from "@/__generated__";
import { panelPayload } from "@/lib/panel/panel-client";
import { importProblemsOf, type ImportOutcome } from "./import-state";

const ImportServices = graphql(`
  mutation PanelImportServices($csv: String!, $dryRun: Boolean!) {
    importServicesCsv(csv: $csv, dryRun: $dryRun) {
      dryRun
      services {
        line
        action
        title
        service {
          id
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`);

/** Runs the services import as the signed-in editor; matched or written services link to their panel page. */
export async function runServiceImport(csv: string, dryRun: boolean): Promise<ImportOutcome> {
  const payload = await panelPayload(ImportServices, { csv, dryRun }, "importServicesCsv");
  return {
    lines: payload.services.map((row) => ({
      line: row.line,
      action: row.action,
      label: row.title,
      href: row.service ? `/panel/uslugi/${encodeURIComponent(row.service.id)}` : null,
    })),
    problems: importProblemsOf(payload.userErrors),
  };
}
