import {
  foldPolish,
  TERRITORIAL_UNITS_INDEX,
  type TerritorialUnitDocument,
  type TerritorialUnitKind,
} from "@obserwatorium/schema";
import type { FilterCondition, SearchProvider } from "@obserwatorium/search-indexer";
import { ServiceUnavailableError } from "../common/errors";
import type { Logger } from "../common/logger";
import type { TerritorialUnitFilter } from "./territorial-unit.repository";

export class TerritorialUnitSearch {
  constructor(
    private readonly provider: SearchProvider,
    private readonly logger: Logger,
  ) {}

  /** Codes of the units whose names match `text`, best first. */
  async findCodes(text: string, filter: TerritorialUnitFilter, limit: number, offset: number) {
    const conditions: FilterCondition[] = [];
    if (filter.parentCode) conditions.push({ attribute: "parentCode", anyOf: [filter.parentCode] });
    if (filter.withinCode) conditions.push({ attribute: "ancestorCodes", anyOf: [filter.withinCode] });
    if (filter.kinds?.length)
      conditions.push({ attribute: "kind", anyOf: filter.kinds as TerritorialUnitKind[] });
    try {
      const result = await this.provider.search<Pick<TerritorialUnitDocument, "code">>(
        TERRITORIAL_UNITS_INDEX,
        {
          query: foldPolish(text),
          filter: conditions,
          limit,
          offset,
        },
      );
      return { codes: result.hits.map((hit) => hit.code), totalCount: result.estimatedTotalHits };
    } catch (error) {
      this.logger.error("Territorial unit search failed", { error });
      throw new ServiceUnavailableError(
        "Search is temporarily unavailable; try again or list units without search",
      );
    }
  }
}
