import { syncDocumentPages, type SearchProvider } from "@obserwatorium/search-indexer";
import type { Pool } from "pg";
import type { Logger } from "../common/logger";

/** After a write: the document's pages into the index; a failure is logged and repaired by a reindex. */
export function documentReindexer(pool: Pool, search: SearchProvider, logger: Logger) {
  return async (documentId: string) => {
    try {
      await syncDocumentPages(pool, search, { ids: [documentId] });
    } catch (error) {
      logger.error("Re-indexing a document failed", { documentId, error });
    }
  };
}
