import { DOCUMENT_PAGES_INDEX, foldPolish, type DocumentPageDocument } from "@obserwatorium/schema";
import type { FilterCondition, SearchProvider } from "@obserwatorium/search-indexer";
import { ServiceUnavailableError } from "../common/errors";
import type { Logger } from "../common/logger";
import { MAX_TEXT_CANDIDATES } from "../common/text-ranking";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./document-snippet";

/** Pages shown per document in a hit list. */
export const MATCHES_PER_DOCUMENT = 3;
const SNIPPET_WORDS = 24;

export interface PageHit {
  fileId: string;
  pageNumber: number;
  /** The folded window with highlight marks, as the engine cut it. */
  formatted: string;
}

export interface TextHits {
  /** Documents in rank order (of their best page). */
  documentIds: string[];
  pagesByDocument: Map<string, PageHit[]>;
}

/** Full-text search over pages: Meilisearch ranks pages, documents take the rank of their best page. */
export class DocumentTextSearch {
  constructor(
    private readonly provider: SearchProvider,
    private readonly logger: Logger,
  ) {}

  async search(text: string, publishedOnly: boolean): Promise<TextHits> {
    const filter: FilterCondition[] = publishedOnly
      ? [{ attribute: "publicationState", anyOf: ["PUBLISHED"] }]
      : [];
    let hits: (DocumentPageDocument & { _snippet?: string })[];
    try {
      ({ hits } = await this.provider.search<DocumentPageDocument>(DOCUMENT_PAGES_INDEX, {
        query: foldPolish(text),
        filter,
        limit: MAX_TEXT_CANDIDATES,
        offset: 0,
        snippet: {
          attribute: "textFolded",
          words: SNIPPET_WORDS,
          preTag: HIGHLIGHT_START,
          postTag: HIGHLIGHT_END,
        },
      }));
    } catch (error) {
      this.logger.error("Text search in documents failed", { error });
      throw new ServiceUnavailableError(
        "Search is temporarily unavailable; try again or filter without text",
      );
    }
    const pagesByDocument = new Map<string, PageHit[]>();
    for (const hit of hits) {
      const pages = pagesByDocument.get(hit.documentId) ?? [];
      if (pages.length < MATCHES_PER_DOCUMENT) {
        pages.push({ fileId: hit.fileId, pageNumber: hit.pageNumber, formatted: hit._snippet ?? "" });
      }
      pagesByDocument.set(hit.documentId, pages);
    }
    return { documentIds: [...pagesByDocument.keys()], pagesByDocument };
  }
}
