import { join } from "node:path";
import type { Config } from "../config/config";
import { startEmbeddedMeilisearch } from "../infra/embedded-meilisearch";
import { EMBEDDED_DATABASE, embeddedPostgresUrl, startEmbeddedPostgres } from "../infra/embedded-postgres";
import { isPortFree } from "../infra/ports";
import { loadOrCreateLocalSecrets } from "../infra/secrets";
import type { Logger } from "../modules/common/logger";

export interface BackingServices {
  databaseUrl: string;
  meiliUrl: string;
  meiliApiKey: string | undefined;
  /** Stops whatever was started here (external services are left alone). */
  stop(): Promise<void>;
}

/**
 * External PostgreSQL/Meilisearch when configured, otherwise embedded ones under DATA_DIR. Command
 * line tools pass `attachToRunning` to use the embedded services of a hub that is already running.
 */
export async function startBackingServices(
  config: Config,
  logger: Logger,
  { attachToRunning = false }: { attachToRunning?: boolean } = {},
): Promise<BackingServices> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne();
  };
  try {
    const needsSecrets = !config.databaseUrl || !config.meiliUrl;
    const secrets = needsSecrets ? loadOrCreateLocalSecrets(config.dataDir) : undefined;

    let databaseUrl = config.databaseUrl;
    const postgresRunning = attachToRunning && !(await isPortFree(config.embeddedPostgresPort));
    if (!databaseUrl && postgresRunning) {
      databaseUrl = embeddedPostgresUrl(secrets!.postgresPassword, config.embeddedPostgresPort);
    } else if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres({
        directory: join(config.dataDir, "postgres"),
        port: config.embeddedPostgresPort,
        password: secrets!.postgresPassword,
        database: EMBEDDED_DATABASE,
        logger: logger.child("postgres"),
      });
      stops.push(postgres.stop);
      databaseUrl = postgres.url;
      logger.info(`Embedded PostgreSQL is running on port ${config.embeddedPostgresPort}`);
    }

    let meiliUrl = config.meiliUrl;
    let meiliApiKey = config.meiliMasterKey;
    const meiliRunning = attachToRunning && !(await isPortFree(config.embeddedMeiliPort));
    if (!meiliUrl && meiliRunning) {
      meiliUrl = `http://127.0.0.1:${config.embeddedMeiliPort}`;
      meiliApiKey = secrets!.meiliMasterKey;
    } else if (!meiliUrl) {
      const meilisearch = await startEmbeddedMeilisearch({
        directory: join(config.dataDir, "meilisearch"),
        port: config.embeddedMeiliPort,
        masterKey: secrets!.meiliMasterKey,
        logger: logger.child("meilisearch"),
      });
      stops.push(meilisearch.stop);
      meiliUrl = meilisearch.url;
      meiliApiKey = meilisearch.masterKey;
      logger.info(`Embedded Meilisearch is running at ${meiliUrl}`);
    }
    return { databaseUrl, meiliUrl, meiliApiKey, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
