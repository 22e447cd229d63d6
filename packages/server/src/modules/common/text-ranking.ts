import { toSearchQuery } from "@obserwatorium/schema";
import type { FilterCondition, SearchProvider } from "@obserwatorium/search-indexer";
import { ServiceUnavailableError } from "./errors";
import type { Logger } from "./logger";
import type { PostgresTextFallback } from "./text-fallback";

/** How many best text matches PostgreSQL then filters; beyond that, users refine the query. */
export const MAX_TEXT_CANDIDATES = 1000;

/**
 * How much less a document outside the preferred set weighs: it loses ties and near-ties, while a
 * clearly better text match (all the words rather than some) still comes first.
 */
export const LESS_PREFERRED_WEIGHT = 0.9;

/** Splits a query into the documents matching `preferred` and the rest, the rest weighed down. */
export function preferMatching<TQuery extends { filter?: readonly FilterCondition[]; weight?: number }>(
  query: TQuery,
  preferred: { attribute: string; anyOf: readonly string[] },
): TQuery[] {
  const filter = query.filter ?? [];
  const weight = query.weight ?? 1;
  return [
    { ...query, filter: [...filter, preferred], weight },
    {
      ...query,
      filter: [...filter, { attribute: preferred.attribute, noneOf: preferred.anyOf }],
      weight: weight * LESS_PREFERRED_WEIGHT,
    },
  ];
}

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

  /** IDs best first; documents matching `preferred` rank before comparably relevant others. */
  async rankedIds(
    text: string,
    publishedOnly: boolean,
    preferred?: { attribute: string; anyOf: readonly string[] },
  ): Promise<string[]> {
    const filter: FilterCondition[] = publishedOnly
      ? [{ attribute: "publicationState", anyOf: ["PUBLISHED"] }]
      : [];
    const query = toSearchQuery(text);
    try {
      if (preferred) {
        const result = await this.provider.federatedSearch({
          queries: preferMatching({ index: this.index, query, filter }, preferred),
          limit: MAX_TEXT_CANDIDATES,
          offset: 0,
        });
        return result.hits.map((hit) => String(hit.document.id));
      }
      const result = await this.provider.search<{ id: string }>(this.index, {
        query,
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
