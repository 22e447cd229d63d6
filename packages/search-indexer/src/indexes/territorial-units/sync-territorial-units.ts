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
 * documents are left alone unless `force` is set. With `ids`, only those units are re-indexed.
 */
export async function syncTerritorialUnits(
  pool: Pool,
  provider: SearchProvider,
  options: { force?: boolean; ids?: readonly string[] } = {},
): Promise<SyncReport> {
  const { name, primaryKey } = territorialUnitsIndex;
  await provider.ensureIndex(territorialUnitsIndex);
  const { rows } = await pool.query<TerritorialUnitRow>(TERRITORIAL_UNIT_SOURCE_SQL);
  if (options.ids) {
    // A re-import names the units it changed or removed; the whole register is small enough to filter here.
    const wanted = new Set(options.ids);
    const changed = rows.filter((row) => wanted.has(row.code));
    await provider.upsertDocuments(name, changed.map(toTerritorialUnitDocument));
    const found = new Set(changed.map((row) => row.code));
    await provider.deleteDocuments(
      name,
      options.ids.filter((code) => !found.has(code)),
    );
    return { index: name, documents: changed.length, skipped: false };
  }
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
