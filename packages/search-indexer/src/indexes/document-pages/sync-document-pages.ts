import type { Pool } from "pg";
import type { SearchProvider } from "../../provider/search-provider";
import { DOCUMENT_PAGE_SOURCE_SQL, type DocumentPageRow } from "./document-page.row";
import { documentPagesIndex } from "./document-pages.settings";
import { toDocumentPageDocument } from "./to-document-page-document";

const BATCH = 500;

/** Re-indexes the pages of the given documents (of every one when `ids` is omitted). */
export async function syncDocumentPages(
  pool: Pool,
  provider: SearchProvider,
  { ids }: { ids?: readonly string[] } = {},
): Promise<number> {
  await provider.ensureIndex(documentPagesIndex);
  const { rows } = await pool.query<DocumentPageRow>(DOCUMENT_PAGE_SOURCE_SQL, [ids ? [...ids] : null]);
  const documents = rows.map(toDocumentPageDocument);
  if (ids) {
    // Pages of replaced or deleted files must go too.
    if (ids.length)
      await provider.deleteDocumentsWhere(documentPagesIndex.name, [{ attribute: "documentId", anyOf: ids }]);
  }
  for (let start = 0; start < documents.length; start += BATCH) {
    await provider.upsertDocuments(documentPagesIndex.name, documents.slice(start, start + BATCH));
  }
  if (!ids) {
    await provider.deleteDocumentsExcept(
      documentPagesIndex.name,
      "id",
      documents.map((document) => document.id),
    );
  }
  return documents.length;
}
