import type { Pool } from "pg";
import type { SearchProvider } from "../provider/search-provider";
import type { SearchDocument, SearchIndexEntry } from "../outbox/search-index-catalogue";
import { enqueueSearchRepairs } from "../outbox/drain-outbox";
import { contentHash } from "./document-hash";

export interface IndexDrift {
  index: string;
  /** Documents PostgreSQL implies / Meilisearch holds. */
  expected: number;
  stored: number;
  /** Primary keys of documents absent from, left over in, or stale in Meilisearch. */
  missing: string[];
  extra: string[];
  different: string[];
  /** Outbox entities whose re-indexing repairs the drift. */
  entityIds: string[];
}

export function hasDrift(drift: IndexDrift): boolean {
  return drift.missing.length + drift.extra.length + drift.different.length > 0;
}

/**
 * Compares what the mapper builds from PostgreSQL with what Meilisearch stores, document by
 * document (a hash of each), reading the stored documents in pages.
 */
export async function verifyIndex(
  pool: Pool,
  provider: SearchProvider,
  entry: SearchIndexEntry,
  { today, pageSize = 1000 }: { today: string; pageSize?: number },
): Promise<IndexDrift> {
  const { name, primaryKey } = entry.definition;
  const expected = new Map<string, { hash: string; document: SearchDocument }>();
  for (const document of await entry.expected(pool, today)) {
    expected.set(String(document[primaryKey]), { hash: contentHash(document), document });
  }
  const drift: IndexDrift = {
    index: name,
    expected: expected.size,
    stored: 0,
    missing: [],
    extra: [],
    different: [],
    entityIds: [],
  };
  const entityIds = new Set<string>();
  const seen = new Set<string>();
  for (let offset = 0; ; offset += pageSize) {
    const page = await provider.fetchDocuments(name, { offset, limit: pageSize });
    for (const stored of page) {
      const key = String(stored[primaryKey]);
      seen.add(key);
      const wanted = expected.get(key);
      if (!wanted) {
        drift.extra.push(key);
        entityIds.add(entry.entityIdOf(stored));
      } else if (wanted.hash !== contentHash(stored)) {
        drift.different.push(key);
        entityIds.add(entry.entityIdOf(wanted.document));
      }
    }
    drift.stored += page.length;
    if (page.length < pageSize) break;
  }
  for (const [key, { document }] of expected) {
    if (seen.has(key)) continue;
    drift.missing.push(key);
    entityIds.add(entry.entityIdOf(document));
  }
  drift.entityIds = [...entityIds];
  return drift;
}

/** Records the drifted entities in the outbox; the drainer then repairs them. */
export async function enqueueDriftRepairs(pool: Pool, drift: IndexDrift): Promise<void> {
  await enqueueSearchRepairs(pool, drift.index, drift.entityIds);
}
