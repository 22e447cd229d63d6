import type { Pool } from "pg";
import type { SearchProvider } from "../../provider/search-provider";
import { SERVICE_SOURCE_SQL, type ServiceRow } from "./service.row";
import { servicesIndex } from "./services.settings";
import { toServiceDocument } from "./to-service-document";

/** Re-indexes the given services (every one when `ids` is omitted), removing deleted ones. */
export async function syncServices(
  pool: Pool,
  provider: SearchProvider,
  { ids }: { ids?: readonly string[]; today: string },
): Promise<number> {
  await provider.ensureIndex(servicesIndex);
  const { rows } = await pool.query<ServiceRow>(SERVICE_SOURCE_SQL, [ids ? [...ids] : null]);
  await provider.upsertDocuments(servicesIndex.name, rows.map(toServiceDocument));
  if (ids) {
    // Rows gone from PostgreSQL leave the index too.
    const found = new Set(rows.map((row) => row.id));
    await provider.deleteDocuments(
      servicesIndex.name,
      ids.filter((id) => !found.has(id)),
    );
  } else {
    await provider.deleteDocumentsExcept(
      servicesIndex.name,
      "id",
      rows.map((row) => row.id),
    );
  }
  return rows.length;
}
