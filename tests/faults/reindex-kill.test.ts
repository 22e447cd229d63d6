import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { TERRITORIAL_UNITS_INDEX } from "@obserwatorium/schema";
import { hasDrift, rebuildIndex, searchIndexes, verifyIndex } from "@obserwatorium/search-indexer";
import { clockAt, importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationRow } from "../factories/service-rows";
import { startFaultServices, startHubLikeApi, waitFor, type FaultServices } from "../support/fault-services";
import { REPO_ROOT, TERYT_FILE } from "../support/paths";
import { graphqlRequest } from "../support/test-hub";

/**
 * Issue 10, faults: `npm run search:reindex` is SIGKILLed while it fills a fresh copy of an index.
 * The live indexes keep answering with the old documents, and the next run completes and leaves
 * no scratch index behind.
 */

const today = () => clockAt(() => new Date()).today();
const SCRATCH = "__rebuild";

let services: FaultServices;
let api: RunningApi;
let territorialUnits: number;
let indexer: ChildProcess | undefined;

/** The reindex command as an operator runs it, in its own process. */
function startReindex(): { child: ChildProcess; exited: Promise<number | string> } {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/search-reindex.ts"], {
    cwd: join(REPO_ROOT, "packages/server"),
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      PATH: process.env.PATH,
      LOG_LEVEL: "warn",
      DATA_DIR: join(services.directory, "cli"),
      DATABASE_URL: services.database.url,
      MEILI_URL: services.meiliUrl,
      MEILI_MASTER_KEY: services.meiliMasterKey,
      MEILI_INDEX_PREFIX: services.database.indexPrefix,
    },
  });
  const output: Buffer[] = [];
  child.stdout!.on("data", (chunk: Buffer) => output.push(chunk));
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk));
  const exited = new Promise<number | string>((resolve) =>
    child.on("exit", (code, signal) => {
      if (code !== 0 && signal !== "SIGKILL") console.error(Buffer.concat(output).toString("utf8"));
      resolve(signal ?? code ?? -1);
    }),
  );
  return { child, exited };
}

async function meili<T>(path: string): Promise<T> {
  const response = await fetch(`${services.meiliUrl}${path}`, {
    headers: { authorization: `Bearer ${services.meiliMasterKey}` },
  });
  return (await response.json()) as T;
}

async function indexUids(): Promise<string[]> {
  const { results } = await meili<{ results: { uid: string }[] }>("/indexes?limit=100");
  return results.map((index) => index.uid);
}

async function searchOrganizations(query: string) {
  const response = await graphqlRequest<{ search: { degraded: boolean; hits: { title: string }[] } }>(
    api,
    `query ($query: String!) { search(query: $query, types: [ORGANIZATION], first: 10) { degraded hits { title } } }`,
    { query },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.search;
}

beforeAll(async () => {
  services = await startFaultServices("reindex_kill");
  const { database } = services;
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  const organization = await insertOrganizationRow(database.pool, { slug: "ops-stara-wies" });
  await database.pool.query("update organization set name = 'Ośrodek Pomocy Starowiejski' where id = $1", [
    organization,
  ]);
  // The indexes as a previous full reindex left them.
  for (const entry of searchIndexes)
    await rebuildIndex(database.pool, database.search, entry, { today: today() });
  territorialUnits = await database.search.countDocuments(TERRITORIAL_UNITS_INDEX);
  // Then the organization is renamed behind the outbox's back: only a reindex brings the new name.
  await database.pool.query("update organization set name = 'Ośrodek Pomocy Nowowiejski' where id = $1", [
    organization,
  ]);
  api = await startHubLikeApi(database);
}, 120_000);

afterAll(async () => {
  indexer?.kill("SIGKILL");
  await api?.stop();
  await services?.stop();
});

describe("the indexer killed in the middle of a full reindex", () => {
  it("leaves the live indexes serving the old documents", async () => {
    expect(territorialUnits).toBeGreaterThan(4000);
    const run = startReindex();
    indexer = run.child;
    const scratch = `${services.database.indexPrefix}${TERRITORIAL_UNITS_INDEX}${SCRATCH}`;
    // Killed while the fresh copy of the largest index exists but is not yet filled.
    await waitFor(
      "the reindex to start filling a fresh index",
      async () => (await indexUids()).includes(scratch),
      60_000,
    );
    process.kill(run.child.pid!, "SIGKILL");
    expect(await run.exited).toBe("SIGKILL");

    const stats = await meili<{ numberOfDocuments: number }>(`/indexes/${scratch}/stats`);
    expect(stats.numberOfDocuments).toBeLessThan(territorialUnits);
    expect(await services.database.search.countDocuments(TERRITORIAL_UNITS_INDEX)).toBe(territorialUnits);
    // Meilisearch ranks, PostgreSQL supplies what is shown: the old index still finds the
    // organization by its old name and does not know the new one.
    const old = await searchOrganizations("starowiejski");
    expect(old.degraded).toBe(false);
    expect(old.hits.map((hit) => hit.title)).toEqual(["Ośrodek Pomocy Nowowiejski"]);
    expect((await searchOrganizations("nowowiejski")).hits).toEqual([]);
  }, 90_000);

  it("completes on the next run, with every index in step and no scratch index left", async () => {
    const run = startReindex();
    indexer = run.child;
    expect(await run.exited).toBe(0);

    expect((await indexUids()).filter((uid) => uid.endsWith(SCRATCH))).toEqual([]);
    const renamed = await searchOrganizations("nowowiejski");
    expect(renamed.degraded).toBe(false);
    expect(renamed.hits.map((hit) => hit.title)).toEqual(["Ośrodek Pomocy Nowowiejski"]);
    expect((await searchOrganizations("starowiejski")).hits).toEqual([]);
    for (const entry of searchIndexes) {
      const drift = await verifyIndex(services.database.pool, services.database.search, entry, {
        today: today(),
      });
      expect(hasDrift(drift), entry.definition.name).toBe(false);
    }
  }, 90_000);
});
