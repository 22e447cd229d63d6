import type { Pool } from "pg";
import type { SearchProvider } from "../../provider/search-provider";
import { organizationsIndex } from "./organizations.settings";
import { ORGANIZATION_SOURCE_SQL, type OrganizationRow } from "./organization.row";
import { toOrganizationDocument } from "./to-organization-document";

/** Re-indexes the given organizations (every one when `ids` is omitted), removing deleted ones. */
export async function syncOrganizations(
  pool: Pool,
  provider: SearchProvider,
  { ids, today }: { ids?: readonly string[]; today: string },
): Promise<number> {
  await provider.ensureIndex(organizationsIndex);
  const { rows } = await pool.query<OrganizationRow>(ORGANIZATION_SOURCE_SQL, [ids ? [...ids] : null, today]);
  await provider.upsertDocuments(organizationsIndex.name, rows.map(toOrganizationDocument));
  if (ids) {
    // Rows gone from PostgreSQL leave the index too.
    const found = new Set(rows.map((row) => row.id));
    await provider.deleteDocuments(
      organizationsIndex.name,
      ids.filter((id) => !found.has(id)),
    );
  } else {
    await provider.deleteDocumentsExcept(
      organizationsIndex.name,
      "id",
      rows.map((row) => row.id),
    );
  }
  return rows.length;
}
