import {
  enqueueDriftRepairs,
  hasDrift,
  searchIndexes,
  verifyIndex,
  type IndexDrift,
  type SearchProvider,
} from "@obserwatorium/search-indexer";
import type { Pool } from "pg";

export interface VerifyReport {
  drifts: IndexDrift[];
  /** Indexes with any drift. */
  drifted: number;
  /** One line per index, for people. */
  lines: string[];
}

const sample = (keys: string[]) => (keys.length > 5 ? `${keys.slice(0, 5).join(", ")}…` : keys.join(", "));

function describe(drift: IndexDrift): string {
  const counts = `${drift.expected} in PostgreSQL, ${drift.stored} in Meilisearch`;
  if (!hasDrift(drift)) return `${drift.index}: in step (${counts})`;
  const parts = [
    drift.missing.length && `${drift.missing.length} missing (${sample(drift.missing)})`,
    drift.extra.length && `${drift.extra.length} extra (${sample(drift.extra)})`,
    drift.different.length && `${drift.different.length} different (${sample(drift.different)})`,
  ].filter(Boolean);
  return `${drift.index}: DRIFT ${parts.join(", ")} (${counts})`;
}

/** `search:verify`: every index against PostgreSQL; with `fix`, the drift goes into the outbox. */
export async function verifySearchIndexes(
  pool: Pool,
  search: SearchProvider,
  { today, fix }: { today: string; fix: boolean },
): Promise<VerifyReport> {
  const drifts: IndexDrift[] = [];
  for (const entry of searchIndexes) {
    const drift = await verifyIndex(pool, search, entry, { today });
    if (fix && hasDrift(drift)) await enqueueDriftRepairs(pool, drift);
    drifts.push(drift);
  }
  return { drifts, drifted: drifts.filter(hasDrift).length, lines: drifts.map(describe) };
}
