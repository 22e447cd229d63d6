import { foldPolish } from "@obserwatorium/schema";
import type { FilterCondition, SearchProvider } from "@obserwatorium/search-indexer";
import { ServiceUnavailableError } from "./errors";
import type { Logger } from "./logger";

/** How many best text matches PostgreSQL then filters; beyond that, users refine the query. */
export const MAX_TEXT_CANDIDATES = 1000;

/**
 * Text relevance comes from Meilisearch, which returns ranked IDs only; PostgreSQL then applies
 * the filters and the visibility rules, so an index that is stale or includes drafts never leaks.
 */
export class TextRanking {
  constructor(
    private readonly provider: SearchProvider,
    private readonly logger: Logger,
    private readonly index: string,
  ) {}

  async rankedIds(text: string, publishedOnly: boolean): Promise<string[]> {
    const filter: FilterCondition[] = publishedOnly
      ? [{ attribute: "publicationState", anyOf: ["PUBLISHED"] }]
      : [];
    try {
      const result = await this.provider.search<{ id: string }>(this.index, {
        query: foldPolish(text),
        filter,
        limit: MAX_TEXT_CANDIDATES,
        offset: 0,
      });
      return result.hits.map((hit) => hit.id);
    } catch (error) {
      this.logger.error(`Text search in ${this.index} failed`, { error });
      throw new ServiceUnavailableError(
        "Search is temporarily unavailable; try again or filter without text",
      );
    }
  }
}
