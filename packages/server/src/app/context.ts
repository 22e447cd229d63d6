import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import type { SearchProvider } from "@obserwatorium/search-indexer";
import type { Logger } from "../modules/common/logger";
import { TerritorialUnitRepository } from "../modules/territory/territorial-unit.repository";
import { TerritorialUnitSearch } from "../modules/territory/territorial-unit.search";
import { TerritorialUnitService } from "../modules/territory/territorial-unit.service";
import { createTerritoryLoaders } from "../modules/territory/territory.loaders";

export interface ApiDependencies {
  orm: MikroORM;
  search: SearchProvider;
  logger: Logger;
}

/** Everything one request may use; built fresh per request around its own unit of work. */
export interface RequestContext {
  em: EntityManager;
  territory: TerritorialUnitService;
}

export function createRequestContext({ orm, search, logger }: ApiDependencies): RequestContext {
  const em = orm.em.fork();
  return {
    em,
    territory: new TerritorialUnitService(
      new TerritorialUnitRepository(em),
      new TerritorialUnitSearch(search, logger),
      createTerritoryLoaders(em),
    ),
  };
}
