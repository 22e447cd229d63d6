import { SERVICES_INDEX } from "@obserwatorium/schema";
import { hasDrift, searchIndexNamed, verifyIndex } from "@obserwatorium/search-indexer";
import { clockAt, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFaultServices, startHubLikeApi, waitFor, type FaultServices } from "../support/fault-services";
import { prepareServiceWriter, type ServiceWriter } from "../support/fault-writes";
import { graphqlRequest } from "../support/test-hub";

/**
 * Issue 10, faults: Meilisearch is SIGKILLed in the middle of a burst of writes and started again
 * on the same data. Every write is acknowledged meanwhile, search falls back to PostgreSQL and
 * comes back on its own, and each write ends up in the index exactly once.
 */

const WRITES = 16;
const CLIENTS = 4;
const KILL_AFTER = 6;
const TITLE = "Wytchnienie Burzowe";

let services: FaultServices;
let api: RunningApi;
let writer: ServiceWriter;

async function search(query: string) {
  const response = await graphqlRequest<{ search: { degraded: boolean; hits: { title: string }[] } }>(
    api,
    `query ($query: String!) { search(query: $query, types: [SERVICE], first: 50) { degraded hits { title } } }`,
    { query },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.search;
}

/** Every document of the services index, straight from Meilisearch. */
async function indexedTitles(): Promise<string[]> {
  const documents = await services.database.search.fetchDocuments(SERVICES_INDEX, { offset: 0, limit: 1000 });
  return documents.map((document) => String(document.title)).filter((title) => title.startsWith(TITLE));
}

beforeAll(async () => {
  services = await startFaultServices("meili_kill");
  api = await startHubLikeApi(services.database);
  writer = await prepareServiceWriter(services.database, api);
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await services?.stop();
});

describe("Meilisearch killed during a write burst", () => {
  const titles = Array.from({ length: WRITES }, (_, number) => `${TITLE} ${String(number).padStart(2, "0")}`);
  const acknowledged: string[] = [];

  it("acknowledges every write and answers searches from PostgreSQL while it is dead", async () => {
    const queue = [...titles];
    let killed: Promise<void> | undefined;
    const client = async () => {
      for (let title = queue.shift(); title; title = queue.shift()) {
        await writer.publish(title);
        acknowledged.push(title);
        if (acknowledged.length === KILL_AFTER) killed = services.killMeilisearch();
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    await killed;

    expect(acknowledged.sort()).toEqual(titles);
    const during = await search("wytchnienie burzowe");
    expect(during.degraded).toBe(true);
    expect(during.hits.length).toBeGreaterThan(0);
    expect(during.hits.every((hit) => hit.title.startsWith(TITLE))).toBe(true);
  }, 60_000);

  it("indexes every write exactly once and recovers search by itself once it is back", async () => {
    await services.startMeilisearch(); // same port, data and key; the API is not touched

    // Rows that failed wait out their backoff (1 s, 2 s, 4 s…): a longer outage, a longer catch-up.
    await waitFor("every write in the index", async () => (await indexedTitles()).length >= WRITES, 60_000);
    expect((await indexedTitles()).sort()).toEqual(titles);

    await waitFor(
      "search to leave the fallback",
      async () => !(await search("wytchnienie burzowe")).degraded,
    );
    const after = await search("wytchnienie burzowe");
    expect(after.hits.map((hit) => hit.title).sort()).toEqual(titles);

    const { rows } = await services.database.pool.query(
      "select 1 from search_outbox where processed_at is null and index_name = $1",
      [SERVICES_INDEX],
    );
    expect(rows).toEqual([]);
    // The services index holds exactly what PostgreSQL says it should: nothing missing, extra or stale.
    const drift = await verifyIndex(
      services.database.pool,
      services.database.search,
      searchIndexNamed(SERVICES_INDEX)!,
      {
        today: clockAt(() => new Date()).today(),
      },
    );
    expect(hasDrift(drift)).toBe(false);
  }, 90_000);
});
