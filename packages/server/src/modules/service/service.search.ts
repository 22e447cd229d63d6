import { foldPolish, SERVICES_INDEX } from "@obserwatorium/schema";
import type { FilterCondition, SearchProvider } from "@obserwatorium/search-indexer";
import { ServiceUnavailableError } from "../common/errors";
import type { Logger } from "../common/logger";
import { MAX_TEXT_CANDIDATES } from "../organization/organization.search";

/** Text relevance comes from Meilisearch; PostgreSQL then applies filters and visibility. */
export class ServiceSearch {
  constructor(
    private readonly provider: SearchProvider,
    private readonly logger: Logger,
  ) {}

  async rankedIds(text: string, publishedOnly: boolean): Promise<string[]> {
    const filter: FilterCondition[] = publishedOnly
      ? [{ attribute: "publicationState", anyOf: ["PUBLISHED"] }]
      : [];
    try {
      const result = await this.provider.search<{ id: string }>(SERVICES_INDEX, {
        query: foldPolish(text),
        filter,
        limit: MAX_TEXT_CANDIDATES,
        offset: 0,
      });
      return result.hits.map((hit) => hit.id);
    } catch (error) {
      this.logger.error("Service search failed", { error });
      throw new ServiceUnavailableError(
        "Search is temporarily unavailable; try again or filter without text",
      );
    }
  }
}
