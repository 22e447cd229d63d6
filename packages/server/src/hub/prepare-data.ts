import type { MikroORM } from "@mikro-orm/postgresql";
import { syncTerritorialUnits, type SearchProvider } from "@obserwatorium/search-indexer";
import type { Pool } from "pg";
import { migrate } from "../db/orm";
import type { Logger } from "../modules/common/logger";
import { TerritorialUnitEntity } from "../modules/territory/territorial-unit.entity";
import { importTerytFile } from "../modules/territory/teryt-import/import-teryt";

/** Migrations, reference data on an empty database, and search indexes in line with PostgreSQL. */
export async function prepareData(options: {
  orm: MikroORM;
  pool: Pool;
  search: SearchProvider;
  terytFile: string;
  logger: Logger;
}): Promise<void> {
  const { orm, pool, search, terytFile, logger } = options;
  const applied = await migrate(orm);
  if (applied.length > 0) logger.info(`Applied migrations: ${applied.join(", ")}`);

  const em = orm.em.fork();
  if ((await em.count(TerritorialUnitEntity)) === 0) {
    const report = await importTerytFile(em, terytFile);
    logger.info(`Imported the TERYT register: ${report.units} units`, { file: terytFile });
  }

  const sync = await syncTerritorialUnits(pool, search);
  logger.info(
    sync.skipped
      ? `Search index ${sync.index} is up to date (${sync.documents} documents)`
      : `Indexed ${sync.documents} documents into ${sync.index}`,
  );
}
