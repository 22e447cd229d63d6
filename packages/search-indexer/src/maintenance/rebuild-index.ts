import type { Pool } from "pg";
import type { SearchProvider } from "../provider/search-provider";
import type { SearchIndexEntry } from "../outbox/search-index-catalogue";

/**
 * Builds a fresh copy of the index beside the live one and swaps them atomically, so search
 * answers from the old documents until the new ones are complete. Returns the number indexed.
 */
export async function rebuildIndex(
  pool: Pool,
  provider: SearchProvider,
  entry: SearchIndexEntry,
  { today }: { today: string },
): Promise<number> {
  const { name } = entry.definition;
  const scratch = `${name}__rebuild`;
  const { rows } = await pool.query<{ id: string | null }>("select max(id)::text as id from search_outbox");
  const mark = rows[0]?.id ?? "0";
  await provider.deleteIndex(scratch); // left over by an interrupted rebuild
  const documents = await entry.sync(pool, provider.withIndexRenamed(name, scratch), { today });
  await provider.ensureIndex(entry.definition);
  await provider.swapIndexes(name, scratch);
  await provider.deleteIndex(scratch);
  // Writes drained while the copy was built went into the old index: index them again.
  await pool.query(
    `insert into search_outbox (index_name, entity_id)
     select distinct index_name, entity_id from search_outbox where index_name = $1 and id > $2::bigint`,
    [name, mark],
  );
  return documents;
}
