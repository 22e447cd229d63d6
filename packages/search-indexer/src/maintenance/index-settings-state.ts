import type { Pool } from "pg";
import type { SearchProvider } from "../provider/search-provider";
import { searchIndexes, type SearchIndexEntry } from "../outbox/search-index-catalogue";
import { contentHash } from "./document-hash";
import { rebuildIndex } from "./rebuild-index";

export function settingsHash(entry: SearchIndexEntry): string {
  const { primaryKey, settings } = entry.definition;
  return contentHash({ primaryKey, settings });
}

export async function recordSettingsHash(pool: Pool, entry: SearchIndexEntry): Promise<void> {
  await pool.query(
    `insert into search_index_state (index_name, settings_hash) values ($1, $2)
     on conflict (index_name) do update set settings_hash = excluded.settings_hash, updated_at = now()`,
    [entry.definition.name, settingsHash(entry)],
  );
}

/**
 * Settings live in code: an index whose settings changed since they were last recorded is
 * rebuilt in full (and swapped in). An index seen for the first time only has its hash recorded:
 * the start-up sync has just filled it with these settings.
 */
export async function rebuildIndexesWithChangedSettings(
  pool: Pool,
  provider: SearchProvider,
  { today, onRebuilt }: { today: string; onRebuilt?: (index: string, documents: number) => void },
): Promise<string[]> {
  const { rows } = await pool.query<{ index_name: string; settings_hash: string }>(
    "select index_name, settings_hash from search_index_state",
  );
  const recorded = new Map(rows.map((row) => [row.index_name, row.settings_hash]));
  const rebuilt: string[] = [];
  for (const entry of searchIndexes) {
    const previous = recorded.get(entry.definition.name);
    if (previous !== undefined && previous !== settingsHash(entry)) {
      onRebuilt?.(entry.definition.name, await rebuildIndex(pool, provider, entry, { today }));
      rebuilt.push(entry.definition.name);
    }
    if (previous !== settingsHash(entry)) await recordSettingsHash(pool, entry);
  }
  return rebuilt;
}
