import "reflect-metadata";
import { createSourcePool, MeilisearchProvider } from "@obserwatorium/search-indexer";
import { startApiServer } from "./app/api-server";
import { ConfigError, loadConfig } from "./config/config";
import { createOrm } from "./db/orm";
import { Lifecycle } from "./hub/lifecycle";
import { prepareData } from "./hub/prepare-data";
import { systemClock } from "./modules/common/clock";
import { createLogger } from "./modules/common/logger";
import { startRegistrationRetention } from "./modules/event/registration-retention";
import { startSearchSync } from "./modules/search-sync/search-sync-runner";

// The API alone, for production: PostgreSQL and Meilisearch are external and must be configured.
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, "api");
  if (!config.databaseUrl || !config.meiliUrl) {
    throw new ConfigError([
      "DATABASE_URL and MEILI_URL must be set to run the API on its own (npm start runs everything)",
    ]);
  }
  const lifecycle = new Lifecycle(logger);
  lifecycle.exitOnSignals();
  const orm = await createOrm({ databaseUrl: config.databaseUrl });
  lifecycle.onStop("database connections", () => orm.close());
  const pool = createSourcePool(config.databaseUrl, (error) =>
    logger.warn("Indexer database connection failed", { error: error.message }),
  );
  lifecycle.onStop("indexer connections", () => pool.end());
  const search = new MeilisearchProvider({
    url: config.meiliUrl,
    apiKey: config.meiliMasterKey,
    indexPrefix: config.meiliIndexPrefix,
  });
  await prepareData({
    orm,
    pool,
    search,
    terytFile: config.terytFile,
    logger,
    files: { directory: config.filesDir, maxBytes: config.maxUploadBytes },
  });
  // Several API instances may each drain the outbox: claims never overlap (SKIP LOCKED).
  const searchSync = startSearchSync({ pool, search, clock: systemClock, logger: logger.child("indexer") });
  lifecycle.onStop("search indexer", () => searchSync.stop());
  // Each instance anonymizes too: the update is idempotent and takes row locks only.
  const retention = await startRegistrationRetention({
    orm,
    clock: systemClock,
    retentionDays: config.eventPersonalDataRetentionDays,
    logger: logger.child("events"),
  });
  lifecycle.onStop("registration retention", () => retention.stop());
  const api = await startApiServer(
    {
      orm,
      pool,
      search,
      logger,
      files: { directory: config.filesDir, maxBytes: config.maxUploadBytes },
      siteUrl: config.siteUrl,
      eventPersonalDataRetentionDays: config.eventPersonalDataRetentionDays,
      queryLimits: { maxCost: config.graphqlMaxCost },
      corsOrigins: config.corsOrigins,
      federationSubgraph: config.federationSubgraph,
      rateLimits: config.rateLimits,
    },
    { port: config.apiPort, host: config.host },
  );
  lifecycle.onStop("API", api.stop);
  logger.info(`GraphQL API: ${api.url}`);
  if (api.subgraphUrl) logger.info(`Federation subgraph: ${api.subgraphUrl}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
