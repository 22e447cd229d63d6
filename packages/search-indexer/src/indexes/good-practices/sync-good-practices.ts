import type { Pool } from "pg";
import type { SearchProvider } from "../../provider/search-provider";
import { GOOD_PRACTICE_SOURCE_SQL, type GoodPracticeRow } from "./good-practice.row";
import { goodPracticesIndex } from "./good-practices.settings";
import { toGoodPracticeDocument } from "./to-good-practice-document";

/** Re-indexes the given good practices (every one when `ids` is omitted), removing deleted ones. */
export async function syncGoodPractices(
  pool: Pool,
  provider: SearchProvider,
  { ids }: { ids?: readonly string[] } = {},
): Promise<number> {
  await provider.ensureIndex(goodPracticesIndex);
  const { rows } = await pool.query<GoodPracticeRow>(GOOD_PRACTICE_SOURCE_SQL, [ids ? [...ids] : null]);
  await provider.upsertDocuments(goodPracticesIndex.name, rows.map(toGoodPracticeDocument));
  if (ids) {
    // Rows gone from PostgreSQL leave the index too.
    const found = new Set(rows.map((row) => row.id));
    await provider.deleteDocuments(
      goodPracticesIndex.name,
      ids.filter((id) => !found.has(id)),
    );
  } else {
    await provider.deleteDocumentsExcept(
      goodPracticesIndex.name,
      "id",
      rows.map((row) => row.id),
    );
  }
  return rows.length;
}
