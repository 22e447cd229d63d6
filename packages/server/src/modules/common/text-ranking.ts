import { toSearchQuery } from "@obserwatorium/schema";
import type { FilterCondition, SearchProvider } from "@obserwatorium/search-indexer";
import { ServiceUnavailableError } from "./errors";
import type { Logger } from "./logger";
import type { PostgresTextFallback } from "./text-fallback";

/** How many best text matches PostgreSQL then filters; beyond that, users refine the query. */
export const MAX_TEXT_CANDIDATES = 1000;

/**
 * Text relevance comes from Meilisearch, which returns ranked IDs only; PostgreSQL then applies
 * the filters and the visibility rules, so an index that is stale or includes drafts never leaks.
 * While Meilisearch does not answer, PostgreSQL ranks as well (unaccent + pg_trgm), more coarsely.
 */
export class TextRanking {
  constructor(
    private readonly provider: SearchProvider,
    private readonly logger: Logger,
    private readonly index: string,
    private readonly fallback?: PostgresTextFallback,
  ) {}

  async rankedIds(text: string, publishedOnly: boolean): Promise<string[]> {
    const filter: FilterCondition[] = publishedOnly
      ? [{ attribute: "publicationState", anyOf: ["PUBLISHED"] }]
      : [];
    try {
      const result = await this.provider.search<{ id: string }>(this.index, {
        query: toSearchQuery(text),
        filter,
        limit: MAX_TEXT_CANDIDATES,
        offset: 0,
      });
      return result.hits.map((hit) => hit.id);
    } catch (error) {
      if (this.fallback) {
        this.logger.warn(`Text search in ${this.index} failed; PostgreSQL ranks instead`, { error });
        return this.fallback.rankedIds(this.index, text, publishedOnly, MAX_TEXT_CANDIDATES);
      }
      this.logger.error(`Text search in ${this.index} failed`, { error });
      throw new ServiceUnavailableError(
        "Search is temporarily unavailable; try again or filter without text",
      );
    }
  }
}
