import "reflect-metadata";
import { createSourcePool, MeilisearchProvider } from "@obserwatorium/search-indexer";
import { startApiServer } from "../app/api-server";
import { ConfigError, loadConfig, type Config } from "../config/config";
import { createOrm } from "../db/orm";
import { killOnExit, stopProcess } from "../infra/embedded-meilisearch";
import { systemClock } from "../modules/common/clock";
import { createLogger } from "../modules/common/logger";
import { createMailer, redactedSmtpUrl } from "../modules/mail/mailer";
import { startRegistrationRetention } from "../modules/event/registration-retention";
import { startSearchSync } from "../modules/search-sync/search-sync-runner";
import { startBackingServices } from "./backing-services";
import { Lifecycle } from "./lifecycle";
import { prepareData } from "./prepare-data";
import { buildWeb, isWebBuildFresh, startWeb, waitForHttp } from "./web-process";

function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee README.md, section "Configuration".\n`);
      process.exit(78);
    }
    throw error;
  }
}

const startedAt = performance.now();
const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);
const lifecycle = new Lifecycle(logger);
lifecycle.exitOnSignals();

async function startHub(): Promise<void> {
  const services = await startBackingServices(config, logger);
  lifecycle.onStop("backing services", services.stop);

  const orm = await createOrm({ databaseUrl: services.databaseUrl });
  lifecycle.onStop("database connections", () => orm.close());
  const pool = createSourcePool(services.databaseUrl, (error) =>
    logger.warn("Indexer database connection failed", { error: error.message }),
  );
  lifecycle.onStop("indexer connections", () => pool.end());
  const search = new MeilisearchProvider({
    url: services.meiliUrl,
    apiKey: services.meiliApiKey,
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
  // Writes record their search changes in the outbox; this drains it into Meilisearch.
  const searchSync = startSearchSync({ pool, search, clock: systemClock, logger: logger.child("indexer") });
  lifecycle.onStop("search indexer", () => searchSync.stop());
  const retention = await startRegistrationRetention({
    orm,
    clock: systemClock,
    retentionDays: config.eventPersonalDataRetentionDays,
    logger: logger.child("events"),
  });
  lifecycle.onStop("registration retention", () => retention.stop());

  const apiLogger = logger.child("api");
  logger.info(
    config.smtpUrl
      ? `Invitations are e-mailed through ${redactedSmtpUrl(config.smtpUrl)}`
      : "No SMTP_URL: invitation links are written to this log",
  );
  const api = await startApiServer(
    {
      orm,
      pool,
      search,
      logger: apiLogger,
      files: { directory: config.filesDir, maxBytes: config.maxUploadBytes },
      sessions: { lifetimeMs: config.sessionLifetimeMs, idleTimeoutMs: config.sessionIdleTimeoutMs },
      mailer: createMailer(config, apiLogger.child("mail")),
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

  if (!isWebBuildFresh()) await buildWeb(logger);
  const web = startWeb({
    port: config.webPort,
    host: config.host,
    graphqlUrl: `http://127.0.0.1:${config.apiPort}/graphql`,
  });
  const forgetExitStop = killOnExit(web);
  lifecycle.onStop("site", () => {
    forgetExitStop();
    return stopProcess(web);
  });
  web.once("exit", (code, signal) => {
    if (lifecycle.isStopping) return;
    logger.error(`The site stopped unexpectedly (code ${code}, signal ${signal}); stopping the hub`);
    void lifecycle.stop().then(() => process.exit(1));
  });
  await waitForHttp(`http://127.0.0.1:${config.webPort}/`);

  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  logger.info(`Obserwatorium is ready in ${seconds} s`);
  process.stdout.write(
    `\n  GraphQL API:  http://localhost:${config.apiPort}/graphql\n` +
      (config.federationSubgraph ? `  Subgraph:     http://localhost:${config.apiPort}/subgraph\n` : "") +
      `  Site:         http://localhost:${config.webPort}\n\n  Press Ctrl-C to stop.\n\n`,
  );
}

startHub().catch(async (error: unknown) => {
  logger.error("The hub could not start", { error });
  await lifecycle.stop();
  process.exit(1);
});
