import { ORGANIZATIONS_INDEX, TERRITORIAL_UNITS_INDEX } from "@obserwatorium/schema";
import {
  createSourcePool,
  drainSearchOutbox as drainPass,
  enqueueSearchRepairs,
  MeilisearchProvider,
  rebuildIndex,
  rebuildIndexesWithChangedSettings,
  retryDelayMs,
  searchIndexNamed,
  syncTerritorialUnits,
} from "@obserwatorium/search-indexer";
import {
  createLogger,
  enqueueSearchChange,
  importTerytFile,
  startApiServer,
  verifySearchIndexes,
  type RunningApi,
} from "@obserwatorium/server";
import { findFreePort } from "@obserwatorium/server/infra";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationInput } from "../factories/organization-input";
import { signInEditor } from "../support/editor-session";
import { TERYT_FILE } from "../support/paths";
import {
  createTestDatabase,
  drainSearchOutbox,
  graphqlRequest,
  testFileStorage,
  type TestDatabase,
} from "../support/test-hub";

const TODAY = "2026-11-22";
let database: TestDatabase;
/** The API without any drainer: what a write leaves in the outbox stays there for the test to see. */
let api: RunningApi;
let editor: Record<string, string>;

interface OutboxRow {
  id: string;
  index_name: string;
  entity_id: string;
  attempts: number;
  last_error: string | null;
  processed_at: Date | null;
  retry_in_ms: number;
}

async function outbox(where = "true"): Promise<OutboxRow[]> {
  const { rows } = await database.pool.query<OutboxRow>(
    `select id, index_name, entity_id, attempts, last_error, processed_at,
            (extract(epoch from next_attempt_at - now()) * 1000)::float8 as retry_in_ms
     from search_outbox where ${where} order by id`,
  );
  return rows;
}

let nipCounter = 0;

/** A valid NIP (check digit by the statutory weights) that differs for every call. */
function nextNip(): string {
  const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
  for (;;) {
    const digits = `${525 + nipCounter++}000000`.slice(0, 9);
    const body = `${digits.slice(0, 3)}${String(nipCounter).padStart(6, "0")}`;
    const check = [...body].reduce((sum, digit, index) => sum + Number(digit) * weights[index]!, 0) % 11;
    if (check !== 10) return `${body}${check}`;
  }
}

async function createOrganization(name: string): Promise<string> {
  const nip = nextNip();
  const response = await graphqlRequest<{
    createOrganization: { organization: { id: string } | null; userErrors: unknown[] };
  }>(
    api,
    `mutation ($input: OrganizationInput!) {
       createOrganization(input: $input) { organization { id } userErrors { field message } }
     }`,
    { input: organizationInput({ name, shortName: null, nip, regon: null, krs: null }) },
    editor,
  );
  expect(response.data?.createOrganization.userErrors).toEqual([]);
  const globalId = response.data!.createOrganization.organization!.id;
  return Buffer.from(globalId, "base64").toString("utf8").split(":")[1]!;
}

const searchOrganizations = async (query: string) =>
  (await database.search.search<{ id: string }>(ORGANIZATIONS_INDEX, { query, limit: 20, offset: 0 })).hits;

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  await syncTerritorialUnits(database.pool, database.search);
  api = await startApiServer(
    {
      files: testFileStorage(),
      orm: database.orm,
      pool: database.pool,
      search: database.search,
      logger: createLogger("error", "test-api"),
    },
    { port: 0, host: "127.0.0.1" },
  );
  editor = await signInEditor(database, api);
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("the search outbox", () => {
  it("records a write's change in the write's transaction, and nothing when the write fails", async () => {
    const id = await createOrganization("Spółdzielnia Socjalna Outbox");
    expect(await outbox(`entity_id = '${id}'`)).toMatchObject([
      { index_name: ORGANIZATIONS_INDEX, attempts: 0, processed_at: null },
    ]);
    // Recorded, not yet indexed: the API itself no longer talks to Meilisearch.
    expect(await database.search.countDocuments(ORGANIZATIONS_INDEX)).toBe(0);

    const before = (await outbox()).length;
    const failed = await database.orm.em
      .fork()
      .transactional(async (tx) => {
        await enqueueSearchChange(tx, ORGANIZATIONS_INDEX, [id]);
        await tx.execute("insert into organization (id) values (?)", [id]); // violates constraints
      })
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(Error);
    expect((await outbox()).length).toBe(before);
  });

  it("is drained into Meilisearch and the rows are marked processed", async () => {
    const report = await drainSearchOutbox(database, TODAY);
    expect(report).toBeGreaterThan(0);
    expect(await outbox("processed_at is null")).toEqual([]);
    expect((await searchOrganizations("Outbox")).length).toBe(1);
  });

  it("never lets two drainers process the same row", async () => {
    const ids = (await outbox(`index_name = '${ORGANIZATIONS_INDEX}'`)).map((row) => row.entity_id);
    for (let round = 0; round < 10; round++)
      await enqueueSearchRepairs(database.pool, ORGANIZATIONS_INDEX, ids);
    const pending = (await outbox("processed_at is null")).length;
    const second = createSourcePool(database.url, () => {});
    const drainAll = async (pool: typeof second) => {
      let processed = 0;
      for (;;) {
        const report = await drainPass(pool, database.search, { today: TODAY, batchSize: 7 });
        processed += report.processed;
        if (report.claimed === 0) return processed;
      }
    };
    try {
      const [first, other] = await Promise.all([drainAll(database.pool), drainAll(second)]);
      expect(first + other).toBe(pending);
      expect(first).toBeGreaterThan(0);
      expect(other).toBeGreaterThan(0);
    } finally {
      await second.end();
    }
    expect(await outbox("processed_at is null")).toEqual([]);
  });

  it("keeps changes pending with a backoff while Meilisearch is down, and drains them once it is back", async () => {
    const dead = new MeilisearchProvider({
      url: `http://127.0.0.1:${await findFreePort()}`,
      indexPrefix: database.indexPrefix,
    });
    const id = await createOrganization("Fundacja Czekająca");
    const failed = await drainPass(database.pool, dead, { today: TODAY });
    expect(failed).toMatchObject({ processed: 0, failed: 1 });
    const [row] = await outbox(`entity_id = '${id}'`);
    expect(row).toMatchObject({ attempts: 1, processed_at: null });
    expect(row!.last_error).toBeTruthy();
    expect(row!.retry_in_ms).toBeGreaterThan(500);
    // Not due yet: nobody retries before the backoff ends.
    expect((await drainPass(database.pool, database.search, { today: TODAY })).claimed).toBe(0);

    await database.pool.query("update search_outbox set next_attempt_at = now() where processed_at is null");
    await drainPass(database.pool, dead, { today: TODAY });
    const [again] = await outbox(`entity_id = '${id}'`);
    expect(again).toMatchObject({ attempts: 2, processed_at: null });
    expect(again!.retry_in_ms).toBeGreaterThan(1500);
    expect([1, 2, 3, 10, 30].map(retryDelayMs)).toEqual([1000, 2000, 4000, 300_000, 300_000]);

    await database.pool.query("update search_outbox set next_attempt_at = now() where processed_at is null");
    await drainSearchOutbox(database, TODAY);
    expect(await outbox("processed_at is null")).toEqual([]);
    expect((await searchOrganizations("Czekająca")).length).toBe(1);
  });
});

describe("search:verify", () => {
  it("finds no drift after a burst of writes, reports a document deleted behind its back, and --fix repairs it", async () => {
    const ids = await Promise.all(
      ["Alfa", "Beta"].map((name) => createOrganization(`Stowarzyszenie ${name}`)),
    );
    await drainSearchOutbox(database, TODAY);
    const clean = await verifySearchIndexes(database.pool, database.search, { today: TODAY, fix: false });
    expect(clean.lines.join("\n")).not.toContain("DRIFT");
    expect(clean.drifted).toBe(0);

    await database.search.deleteDocuments(ORGANIZATIONS_INDEX, [ids[0]!]);
    const drifted = await verifySearchIndexes(database.pool, database.search, { today: TODAY, fix: true });
    const organizations = drifted.drifts.find((drift) => drift.index === ORGANIZATIONS_INDEX)!;
    expect(organizations).toMatchObject({ missing: [ids[0]], extra: [], different: [] });
    expect(organizations.stored).toBe(organizations.expected - 1);

    await drainSearchOutbox(database, TODAY);
    expect(
      (await verifySearchIndexes(database.pool, database.search, { today: TODAY, fix: false })).drifted,
    ).toBe(0);
  });
});

describe("search:reindex", () => {
  it("keeps answering queries while an index is rebuilt and swapped in", async () => {
    const entry = searchIndexNamed(TERRITORIAL_UNITS_INDEX)!;
    let rebuilding = true;
    const answers: number[] = [];
    const queries = (async () => {
      while (rebuilding) {
        const result = await database.search.search(TERRITORIAL_UNITS_INDEX, {
          query: "Białystok",
          limit: 5,
          offset: 0,
        });
        answers.push(result.hits.length);
      }
    })();
    const documents = await rebuildIndex(database.pool, database.search, entry, { today: TODAY });
    rebuilding = false;
    await queries;
    expect(documents).toBeGreaterThan(2000);
    expect(answers.length).toBeGreaterThan(1);
    expect(answers.every((hits) => hits > 0)).toBe(true);
    expect(await database.search.countDocuments(TERRITORIAL_UNITS_INDEX)).toBe(documents);
  });

  it("loses no query and no update when writes are drained into the old index during a rebuild", async () => {
    const entry = searchIndexNamed(ORGANIZATIONS_INDEX)!;
    const written: string[] = [];
    // The worst moment: the copy is complete, writes land in the old index, then the swap.
    const provider = new Proxy(database.search, {
      get(target, property) {
        if (property === "swapIndexes") {
          return async (first: string, second: string) => {
            for (const name of ["Gamma", "Delta", "Epsilon"]) {
              written.push(await createOrganization(`Fundacja Przebudowa ${name}`));
              await drainSearchOutbox(database, TODAY);
            }
            await target.swapIndexes(first, second);
          };
        }
        const value: unknown = Reflect.get(target, property);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    let rebuilding = true;
    const failures: unknown[] = [];
    let answered = 0;
    const queries = (async () => {
      while (rebuilding) {
        try {
          if ((await searchOrganizations("Alfa")).length === 0) failures.push("no hit for Alfa");
          answered++;
        } catch (error) {
          failures.push(error);
        }
      }
    })();
    await rebuildIndex(database.pool, provider, entry, { today: TODAY });
    rebuilding = false;
    await queries;
    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(1);

    await drainSearchOutbox(database, TODAY);
    const found = (await searchOrganizations("Przebudowa")).map((hit) => hit.id);
    expect(found.sort()).toEqual([...written].sort());
    expect(
      (await verifySearchIndexes(database.pool, database.search, { today: TODAY, fix: false })).drifted,
    ).toBe(0);
  });

  it("rebuilds at start an index whose settings changed since they were recorded", async () => {
    expect(await rebuildIndexesWithChangedSettings(database.pool, database.search, { today: TODAY })).toEqual(
      [],
    );
    await database.pool.query("update search_index_state set settings_hash = 'old' where index_name = $1", [
      ORGANIZATIONS_INDEX,
    ]);
    expect(await rebuildIndexesWithChangedSettings(database.pool, database.search, { today: TODAY })).toEqual(
      [ORGANIZATIONS_INDEX],
    );
    expect(await rebuildIndexesWithChangedSettings(database.pool, database.search, { today: TODAY })).toEqual(
      [],
    );
    expect((await searchOrganizations("Alfa")).length).toBe(1);
  });
});
