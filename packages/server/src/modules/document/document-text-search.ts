import {
  DOCUMENT_PAGES_INDEX,
  foldPolish,
  stemPolishWord,
  toSearchQuery,
  type DocumentPageDocument,
} from "@obserwatorium/schema";
import type { FilterCondition, SearchProvider } from "@obserwatorium/search-indexer";
import { ServiceUnavailableError } from "../common/errors";
import type { Logger } from "../common/logger";
import { fallbackStems, type PostgresTextFallback } from "../common/text-fallback";
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
    private readonly fallback?: PostgresTextFallback,
  ) {}

  async search(text: string, publishedOnly: boolean): Promise<TextHits> {
    const filter: FilterCondition[] = publishedOnly
      ? [{ attribute: "publicationState", anyOf: ["PUBLISHED"] }]
      : [];
    let hits: (DocumentPageDocument & { _snippet?: string })[];
    try {
      ({ hits } = await this.provider.search<DocumentPageDocument>(DOCUMENT_PAGES_INDEX, {
        query: toSearchQuery(text),
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
      if (this.fallback) {
        this.logger.warn("Text search in documents failed; PostgreSQL ranks instead", { error });
        return this.searchFallback(this.fallback, text, publishedOnly);
      }
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

  private async searchFallback(
    fallback: PostgresTextFallback,
    text: string,
    publishedOnly: boolean,
  ): Promise<TextHits> {
    const stems = new Set(fallbackStems(text));
    const pagesByDocument = new Map<string, PageHit[]>();
    for (const page of await fallback.documentPages(text, publishedOnly, MAX_TEXT_CANDIDATES)) {
      const pages = pagesByDocument.get(page.documentId) ?? [];
      if (pages.length < MATCHES_PER_DOCUMENT) {
        pages.push({
          fileId: page.fileId,
          pageNumber: page.pageNumber,
          formatted: markedWindow(foldPolish(page.text), stems),
        });
      }
      pagesByDocument.set(page.documentId, pages);
    }
    return { documentIds: [...pagesByDocument.keys()], pagesByDocument };
  }
}

/**
 * What Meilisearch would return as a snippet, built here: a window of SNIPPET_WORDS words of the
 * folded text around the first word whose stem was searched for, matches between the marks.
 */
export function markedWindow(folded: string, stems: ReadonlySet<string>): string {
  const words = [...folded.matchAll(/[\p{L}\p{N}]+/gu)];
  const matches = (word: string) => {
    const stem = stemPolishWord(word.toLowerCase());
    return [...stems].some((searched) => stem.startsWith(searched) || searched.startsWith(stem));
  };
  const first = Math.max(
    0,
    words.findIndex((match) => matches(match[0])),
  );
  const start = Math.max(0, first - Math.floor(SNIPPET_WORDS / 3));
  const window = words.slice(start, start + SNIPPET_WORDS);
  if (window.length === 0) return "";
  const from = window[0]!.index;
  let formatted = "";
  let position = from;
  for (const match of window) {
    formatted += folded.slice(position, match.index);
    formatted += matches(match[0]) ? `${HIGHLIGHT_START}${match[0]}${HIGHLIGHT_END}` : match[0];
    position = match.index + match[0].length;
  }
  return formatted;
}
