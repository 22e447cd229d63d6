import type { Pool } from "pg";
import type { SearchProvider } from "../../provider/search-provider";
import { territorialUnitsIndex } from "./territorial-units.settings";
import { TERRITORIAL_UNIT_SOURCE_SQL, type TerritorialUnitRow } from "./territorial-unit.row";
import { toTerritorialUnitDocument } from "./to-territorial-unit-document";

export interface SyncReport {
  index: string;
  documents: number;
  skipped: boolean;
}

/**
 * Brings the territorial_units index in line with PostgreSQL. The register changes once a year,
 * so when both sides hold the same number of units the (idempotent) settings are applied and the
 * documents are left alone unless `force` is set.
 */
export async function syncTerritorialUnits(
  pool: Pool,
  provider: SearchProvider,
  options: { force?: boolean } = {},
): Promise<SyncReport> {
  const { name, primaryKey } = territorialUnitsIndex;
  await provider.ensureIndex(territorialUnitsIndex);
  const { rows } = await pool.query<TerritorialUnitRow>(TERRITORIAL_UNIT_SOURCE_SQL);
  const indexed = await provider.countDocuments(name);
  if (!options.force && indexed === rows.length) {
    return { index: name, documents: indexed, skipped: true };
  }
  await provider.upsertDocuments(name, rows.map(toTerritorialUnitDocument));
  await provider.deleteDocumentsExcept(
    name,
    primaryKey,
    rows.map((row) => row.code),
  );
  return { index: name, documents: rows.length, skipped: false };
}
