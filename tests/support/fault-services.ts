import "reflect-metadata";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSourcePool, MeilisearchProvider, startOutboxDrainer } from "@obserwatorium/search-indexer";
import {
  clockAt,
  createLogger,
  createOrm,
  migrate,
  startApiServer,
  type RunningApi,
} from "@obserwatorium/server";
import {
  findFreePort,
  isPortFree,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
  type RunningMeilisearch,
  type RunningPostgres,
} from "@obserwatorium/server/infra";
import { testFileStorage, type TestDatabase } from "./test-hub";

/**
 * PostgreSQL and Meilisearch owned by one fault test file: real processes on free ports in a
 * temporary folder, which the test may SIGKILL and start again on the same data.
 */
export interface FaultServices {
  directory: string;
  database: TestDatabase;
  meiliUrl: string;
  meiliMasterKey: string;
  killPostgres(): Promise<void>;
  startPostgres(): Promise<void>;
  killMeilisearch(): Promise<void>;
  startMeilisearch(): Promise<void>;
  stop(): Promise<void>;
}

const POSTGRES_PASSWORD = "fault-test-password";
const DATABASE = "faults";
const logger = createLogger("error", "fault-services");

export async function waitFor(what: string, condition: () => Promise<boolean>, deadlineMs = 30_000) {
  const deadline = Date.now() + deadlineMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${deadlineMs} ms waiting for ${what}`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The API and the outbox drainer wired as `npm start` wires them: writes return once committed and
 * the drainer indexes them on its own (no drain after each write, unlike startTestApi).
 */
export async function startHubLikeApi(
  database: TestDatabase,
  files = testFileStorage(),
): Promise<RunningApi> {
  const drainer = startOutboxDrainer(database.pool, database.search, {
    today: () => clockAt(() => new Date()).today(),
    intervalMs: 200,
  });
  const api = await startApiServer(
    { files, orm: database.orm, pool: database.pool, search: database.search, logger },
    { port: 0, host: "127.0.0.1" },
  );
  return {
    ...api,
    async stop() {
      await api.stop();
      await drainer.stop();
    },
  };
}

export async function startFaultServices(name: string): Promise<FaultServices> {
  const directory = mkdtempSync(join(tmpdir(), `obserwatorium-${name}-`));
  const postgresDirectory = join(directory, "postgres");
  const meiliDirectory = join(directory, "meilisearch");
  const [postgresPort, meiliPort] = [await findFreePort(), await findFreePort()];
  const meiliMasterKey = randomBytes(24).toString("hex");
  let postgres: RunningPostgres | undefined;
  let meilisearch: RunningMeilisearch | undefined;

  const startPostgres = async () => {
    postgres = await startEmbeddedPostgres({
      directory: postgresDirectory,
      port: postgresPort,
      password: POSTGRES_PASSWORD,
      database: DATABASE,
      logger,
    });
  };
  const startMeilisearch = async () => {
    meilisearch = await startEmbeddedMeilisearch({
      directory: meiliDirectory,
      port: meiliPort,
      masterKey: meiliMasterKey,
      logger,
    });
  };
  await Promise.all([startPostgres(), startMeilisearch()]);

  const url = postgres!.url;
  const orm = await createOrm({ databaseUrl: url, poolMax: 4 });
  await migrate(orm);
  const pool = createSourcePool(url, () => {});
  const indexPrefix = `${name}_`;
  const search = new MeilisearchProvider({ url: meilisearch!.url, apiKey: meiliMasterKey, indexPrefix });
  const database: TestDatabase = {
    name: DATABASE,
    url,
    orm,
    pool,
    search,
    indexPrefix,
    drop: async () => {
      await pool.end();
      await orm.close(true);
    },
  };

  return {
    directory,
    database,
    meiliUrl: meilisearch!.url,
    meiliMasterKey,
    startPostgres,
    startMeilisearch,
    async killPostgres() {
      const lockFile = join(postgresDirectory, "postmaster.pid");
      const pid = Number(readFileSync(lockFile, "utf8").split("\n")[0]);
      const children = execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
        .split("\n")
        .filter((line) => line.trim())
        .map(Number);
      process.kill(pid, "SIGKILL");
      postgres = undefined;
      // The orphaned backends notice their postmaster's death and leave; a new postmaster refuses
      // to start while they still hold the shared memory.
      await waitFor(
        "the killed PostgreSQL to release its port and backends",
        async () => ![pid, ...children].some(isAlive) && (await isPortFree(postgresPort)),
      );
    },
    async killMeilisearch() {
      const killed = meilisearch!;
      meilisearch = undefined;
      process.kill(killed.pid, "SIGKILL");
      await killed.stop(); // resolves once the killed process has exited
    },
    async stop() {
      await database.drop().catch(() => {});
      await meilisearch?.stop();
      await postgres?.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
