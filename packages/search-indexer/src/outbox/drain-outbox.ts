import type { Pool } from "pg";
import type { SearchProvider } from "../provider/search-provider";
import { searchIndexNamed } from "./search-index-catalogue";

export interface DrainOptions {
  /** "Today" for documents whose content depends on the date (active certificates). */
  today: string;
  /** Rows claimed at once. */
  batchSize?: number;
  /** How long a claim keeps other drainers off the rows; a crashed drainer's rows come back after it. */
  leaseSeconds?: number;
}

export interface DrainReport {
  /** Rows claimed in this pass. */
  claimed: number;
  processed: number;
  failed: number;
}

const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 5 * 60_000;

/** Delay before the next try after `attempts` failures: 1 s, 2 s, 4 s… at most 5 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

// The claim commits at once (no transaction is held while Meilisearch works): pushing
// next_attempt_at past the lease hides the rows from every other drainer, and SKIP LOCKED makes
// two drainers claiming at the same moment take different rows.
const CLAIM_SQL = `
update search_outbox set next_attempt_at = now() + make_interval(secs => $2)
where id in (
  select id from search_outbox
  where processed_at is null and next_attempt_at <= now()
  order by id
  limit $1
  for update skip locked)
returning id, index_name, entity_id, attempts`;

interface ClaimedRow {
  id: string;
  index_name: string;
  entity_id: string;
  attempts: number;
}

/**
 * One pass over the outbox: claims a batch of due rows, re-indexes their entities index by index
 * with the index's own sync, marks them processed; on failure the rows stay, with one more attempt,
 * the error and a later next_attempt_at. Rows are never dropped before they are processed.
 */
export async function drainSearchOutbox(
  pool: Pool,
  provider: SearchProvider,
  { today, batchSize = 500, leaseSeconds = 600 }: DrainOptions,
): Promise<DrainReport> {
  const { rows } = await pool.query<ClaimedRow>(CLAIM_SQL, [batchSize, leaseSeconds]);
  const report: DrainReport = { claimed: rows.length, processed: 0, failed: 0 };
  const byIndex = new Map<string, ClaimedRow[]>();
  for (const row of rows) byIndex.set(row.index_name, [...(byIndex.get(row.index_name) ?? []), row]);
  for (const [indexName, claimed] of byIndex) {
    const rowIds = claimed.map((row) => row.id);
    try {
      const entry = searchIndexNamed(indexName);
      if (!entry) throw new Error(`No search index is called "${indexName}"`);
      const ids = [...new Set(claimed.map((row) => row.entity_id))];
      await entry.sync(pool, provider, { ids, today });
      await pool.query(
        "update search_outbox set processed_at = now(), last_error = null where id = any($1)",
        [rowIds],
      );
      report.processed += rowIds.length;
    } catch (error) {
      await pool.query(
        `update search_outbox
         set attempts = attempts + 1, last_error = $2,
             next_attempt_at = now() + make_interval(secs => least($4::float8, $3::float8 * 2 ^ attempts) / 1000)
         where id = any($1)`,
        [rowIds, error instanceof Error ? error.message : String(error), FIRST_RETRY_MS, LAST_RETRY_MS],
      );
      report.failed += rowIds.length;
    }
  }
  return report;
}

/** Processed rows are kept for a day (to look into what was indexed when), then removed. */
export async function pruneSearchOutbox(pool: Pool, keepHours = 24): Promise<number> {
  const { rowCount } = await pool.query(
    "delete from search_outbox where processed_at < now() - make_interval(hours => $1)",
    [keepHours],
  );
  return rowCount ?? 0;
}

/** Records changed entities from outside a request (repairs); writers use their own transaction. */
export async function enqueueSearchRepairs(pool: Pool, index: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await pool.query("insert into search_outbox (index_name, entity_id) select $1, unnest($2::text[])", [
    index,
    [...new Set(ids)],
  ]);
}
