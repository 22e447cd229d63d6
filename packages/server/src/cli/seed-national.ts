import type { EntityManager } from "@mikro-orm/postgresql";
import { rebuildIndex, searchIndexes, type SearchProvider } from "@obserwatorium/search-indexer";
import type { Pool } from "pg";
import { systemClock } from "../modules/common/clock";
import type { Logger } from "../modules/common/logger";
import type { FileStorage } from "../modules/document/files/file-storage";
import { readDemoGminy } from "../modules/demo/load-demo-registry";
import { replaceWithNationalDataSet } from "../modules/demo/load-national-data-set";

/** Gminy in TERYT as of 1 January 2025. */
const GMINY_OF_POLAND = 2477;

const seconds = (since: number) => (performance.now() - since) / 1000;

/** Loads the national data set and rebuilds every search index, logging how long each step takes. */
export async function seedNationalDataSet(options: {
  em: EntityManager;
  pool: Pool;
  search: SearchProvider;
  logger: Logger;
  storage: FileStorage;
  seed: number;
}): Promise<void> {
  const { em, pool, search, logger } = options;
  const gminy = (await readDemoGminy(em, true)).length;
  if (gminy !== GMINY_OF_POLAND) {
    logger.warn(`The TERYT register holds ${gminy} gminy, not ${GMINY_OF_POLAND}: is it complete?`);
  }
  logger.info(`Generating the national data set (seed ${options.seed}) over ${gminy} gminy`);
  const seeding = performance.now();
  const counts = await replaceWithNationalDataSet(em, options.storage, {
    seed: options.seed,
    today: systemClock.today(),
  });
  logger.info(
    `National data set loaded in ${seconds(seeding).toFixed(1)} s: ${counts.organizations} organizations, ` +
      `${counts.services} services (${counts.locations} locations), ${counts.goodPractices} good practices, ` +
      `${counts.documents} documents (${counts.documentPages} pages), ${counts.indicatorValues} indicator values`,
    counts.seconds,
  );

  const indexing = performance.now();
  let total = 0;
  for (const entry of searchIndexes) {
    const started = performance.now();
    const documents = await rebuildIndex(pool, search, entry, { today: systemClock.today() });
    total += documents;
    logger.info(`${entry.definition.name}: ${documents} documents in ${seconds(started).toFixed(1)} s`);
  }
  const took = seconds(indexing);
  logger.info(
    `Full reindex: ${total} documents in ${took.toFixed(1)} s (${Math.round(total / took)} documents/s)`,
  );
}
