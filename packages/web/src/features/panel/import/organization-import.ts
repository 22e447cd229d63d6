import { graphql } from "@/__generated__";
import { panelPayload } from "@/lib/panel/panel-client";
import { importProblemsOf, type ImportOutcome } from "./import-state";

const ImportOrganizations = graphql(`
  mutation PanelImportOrganizations($csv: String!, $dryRun: Boolean!) {
    importOrganizationsCsv(csv: $csv, dryRun: $dryRun) {
      dryRun
      organizations {
        line
        action
        name
        organization {
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

/** Runs the organizations import as the signed-in editor; matched or written records link to their panel page. */
export async function runOrganizationImport(csv: string, dryRun: boolean): Promise<ImportOutcome> {
  const payload = await panelPayload(ImportOrganizations, { csv, dryRun }, "importOrganizationsCsv");
  return {
    lines: payload.organizations.map((row) => ({
      line: row.line,
      action: row.action,
      label: row.name,
      href: row.organization ? `/panel/podmioty/${encodeURIComponent(row.organization.id)}` : null,
    })),
    problems: importProblemsOf(payload.userErrors),
  };
}
