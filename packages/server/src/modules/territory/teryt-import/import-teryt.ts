import { readFile } from "node:fs/promises";
import type { EntityManager } from "@mikro-orm/postgresql";
import { enqueueTerritorialUnitChanges } from "../../search-sync/search-outbox";
import { parseTerc, type TercUnit } from "./parse-terc";

export interface TerytImportReport {
  units: number;
  inserted: number;
  updated: number;
  removed: number;
}

/**
 * Imports a whole TERC file in one transaction: the file is validated completely first, then
 * units are upserted (unchanged rows are not touched) and units missing from the file removed.
 */
export async function importTerytFile(em: EntityManager, path: string): Promise<TerytImportReport> {
  const units = parseTerc(await readFile(path, "utf8"));
  return importTerytUnits(em, units);
}

export async function importTerytUnits(em: EntityManager, units: TercUnit[]): Promise<TerytImportReport> {
  return em.transactional(async (tx) => {
    const [state] = await tx.execute<{ empty: boolean }[]>(
      "select not exists (select 1 from territorial_unit) as empty",
      [],
      "all",
    );
    const changed = await tx.execute<{ code: string; inserted: boolean }[]>(
      `insert into territorial_unit (code, name, kind, parent_code, register_date)
       select code, name, kind, parent_code, register_date
       from jsonb_to_recordset(?::jsonb)
         as unit(code varchar, name text, kind text, parent_code varchar, register_date date)
       on conflict (code) do update set
         name = excluded.name, kind = excluded.kind,
         parent_code = excluded.parent_code, register_date = excluded.register_date
       where (territorial_unit.name, territorial_unit.kind, territorial_unit.parent_code,
              territorial_unit.register_date)
         is distinct from (excluded.name, excluded.kind, excluded.parent_code, excluded.register_date)
       returning code, (xmax = 0) as inserted`,
      [JSON.stringify(units.map(toRecord))],
      "all",
    );
    const removed = await tx.execute<{ code: string }[]>(
      `delete from territorial_unit
       where code not in (select jsonb_array_elements_text(?::jsonb)) returning code`,
      [JSON.stringify(units.map((unit) => unit.code))],
      "all",
    );
    // A first import is indexed whole by the start-up sync; a re-import names what it touched.
    if (state?.empty === false)
      await enqueueTerritorialUnitChanges(
        tx,
        [...changed, ...removed].map((row) => row.code),
      );
    const inserted = changed.filter((row) => row.inserted).length;
    return { units: units.length, inserted, updated: changed.length - inserted, removed: removed.length };
  });
}

function toRecord(unit: TercUnit) {
  return {
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    parent_code: unit.parentCode,
    register_date: unit.registerDate,
  };
}
