import "reflect-metadata";
import type { MikroORM } from "@mikro-orm/postgresql";
import { createSourcePool, MeilisearchProvider } from "@obserwatorium/search-indexer";
import type pg from "pg";
import { ConfigError, loadConfig, type Config } from "../config/config";
import { createOrm } from "../db/orm";
import { startBackingServices } from "../hub/backing-services";
import { createLogger, type Logger } from "../modules/common/logger";

export interface CliServices {
  config: Config;
  logger: Logger;
  orm: MikroORM;
  pool: pg.Pool;
  search: MeilisearchProvider;
}

/** Runs a command-line task against the configured (or the hub's embedded) PostgreSQL and Meilisearch. */
export async function runWithServices(name: string, task: (services: CliServices) => Promise<void>) {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(78);
  }
  const logger = createLogger(config.logLevel, name);
  const backing = await startBackingServices(config, logger, { attachToRunning: true });
  const orm = await createOrm({ databaseUrl: backing.databaseUrl });
  const pool = createSourcePool(backing.databaseUrl, (error) =>
    logger.warn("Indexer database connection failed", { error: error.message }),
  );
  const search = new MeilisearchProvider({
    url: backing.meiliUrl,
    apiKey: backing.meiliApiKey,
    indexPrefix: config.meiliIndexPrefix,
  });
  let exitCode = 0;
  try {
    await task({ config, logger, orm, pool, search });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}${cause}\n`);
    exitCode = 1;
  } finally {
    await pool.end();
    await orm.close();
    await backing.stop();
  }
  process.exit(exitCode);
}
