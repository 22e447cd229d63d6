import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ORGANIZATIONS_INDEX } from "@obserwatorium/schema";
import {
  enqueueSearchRepairs,
  MeilisearchProvider,
  startOutboxDrainer,
  syncTerritorialUnits,
  type OutboxDrainer,
} from "@obserwatorium/search-indexer";
import {
  clockAt,
  createLogger,
  importTerytFile,
  startApiServer,
  verifySearchIndexes,
  type RunningApi,
} from "@obserwatorium/server";
import { findFreePort, startEmbeddedMeilisearch, type RunningMeilisearch } from "@obserwatorium/server/infra";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationRow } from "../factories/service-rows";
import { signInEditor } from "../support/editor-session";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, testFileStorage, type TestDatabase } from "../support/test-hub";

/**
 * Issue 6, "done when": a real Meilisearch of its own is killed under a running API and drainer,
 * writes and searches go on through PostgreSQL, and once it is back the outbox catches up with
 * nothing lost.
 */

const POLL_MS = 200;
const RECOVERY_DEADLINE_MS = 120_000;
const logger = createLogger("warn", "search-outage");
const today = () => clockAt(() => new Date()).today();

let directory: string;
let port: number;
let masterKey: string;
let meilisearch: RunningMeilisearch | undefined;
let database: TestDatabase;
let search: MeilisearchProvider;
let drainer: OutboxDrainer;
let api: RunningApi;
let editor: Record<string, string>;
let providerId: string;

const startMeilisearch = () =>
  startEmbeddedMeilisearch({ directory: join(directory, "meilisearch"), port, masterKey, logger });

const serviceInput = (title: string) => ({
  title,
  description: "Opieka nad osobą z niepełnosprawnością, gdy opiekun odpoczywa.",
  serviceType: "RESPITE_CARE",
  providerId,
  targetGroups: ["CARERS"],
  cost: { kind: "FREE" },
  eligibility: { minAge: 18, disabilityCertificateRequired: false },
  howToApply: { text: "Zadzwoń do OPS i umów wizytę.", requiredDocuments: ["wniosek"] },
  deliveryModes: ["ON_SITE"],
  languages: ["pl"],
  areaCodes: ["2002063"],
  locations: [
    {
      name: "Ośrodek Pomocy Społecznej",
      address: { streetAddress: "ul. Główna 1", postalCode: "18-100", city: "Łapy", gminaCode: "2002063" },
      coordinates: { latitude: 52.9945, longitude: 22.8845 },
      openingHours: [{ weekday: 1, opens: "08:00", closes: "12:00" }],
    },
  ],
});

interface ServicePayload {
  service: { id: string; slug: string; publicationState: string } | null;
  userErrors: { field: string[]; message: string }[];
}

async function mutate(name: string, query: string, variables: Record<string, unknown>) {
  const response = await graphqlRequest<Record<string, ServicePayload>>(api, query, variables, editor);
  expect(response.errors).toBeUndefined();
  const payload = response.data![name]!;
  expect(payload.userErrors).toEqual([]);
  return payload.service!;
}

/** Creates and publishes a service through the API, as an editor; returns its ID and slug. */
async function publishNewService(title: string) {
  const fields = "service { id slug publicationState } userErrors { field message }";
  const created = await mutate(
    "createService",
    `mutation ($input: ServiceInput!) { createService(input: $input) { ${fields} } }`,
    { input: serviceInput(title) },
  );
  const published = await mutate(
    "publishService",
    `mutation ($id: ID!) { publishService(id: $id) { ${fields} } }`,
    { id: created.id },
  );
  expect(published.publicationState).toBe("PUBLISHED");
  const entityId = Buffer.from(created.id, "base64").toString("utf8").split(":")[1]!;
  return { entityId, slug: created.slug };
}

async function searchServices(query: string) {
  const response = await graphqlRequest<{
    search: { degraded: boolean; hits: { type: string; title: string }[] };
  }>(
    api,
    `query ($query: String!) { search(query: $query, types: [SERVICE], first: 20) { degraded hits { type title } } }`,
    { query },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.search;
}

async function serviceSlugs(text: string) {
  const response = await graphqlRequest<{ services: { edges: { node: { slug: string } }[] } }>(
    api,
    `query ($text: String) { services(filter: { text: $text }, first: 20) { edges { node { slug } } } }`,
    { text },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.services.edges.map((edge) => edge.node.slug);
}

async function readiness() {
  const response = await fetch(api.url.replace(/\/graphql$/, "/readyz"));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

interface PendingRow {
  index_name: string;
  entity_id: string;
  attempts: number;
  last_error: string | null;
  backed_off: boolean;
}

async function pendingOutbox(): Promise<PendingRow[]> {
  const { rows } = await database.pool.query<PendingRow>(
    `select index_name, entity_id, attempts, last_error, next_attempt_at > enqueued_at as backed_off
     from search_outbox where processed_at is null order by id`,
  );
  return rows;
}

async function waitFor(what: string, condition: () => Promise<boolean>, deadlineMs = RECOVERY_DEADLINE_MS) {
  const deadline = Date.now() + deadlineMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${deadlineMs} ms waiting for ${what}`);
    await new Promise((wait) => setTimeout(wait, POLL_MS));
  }
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "obserwatorium-outage-"));
  port = await findFreePort();
  masterKey = randomBytes(24).toString("hex");
  meilisearch = await startMeilisearch();
  database = await createTestDatabase();
  // The API's own provider and drainer, against the dedicated Meilisearch, as the hub wires them.
  search = new MeilisearchProvider({
    url: meilisearch.url,
    apiKey: masterKey,
    indexPrefix: database.indexPrefix,
  });
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  await syncTerritorialUnits(database.pool, search); // a first import is indexed by the start-up sync
  const provider = await insertOrganizationRow(database.pool, { slug: "ops-lapy" });
  await enqueueSearchRepairs(database.pool, ORGANIZATIONS_INDEX, [provider]);
  providerId = Buffer.from(`Organization:${provider}`).toString("base64url");
  drainer = startOutboxDrainer(database.pool, search, {
    today,
    onError: (error) => logger.warn("drain", { error }),
  });
  api = await startApiServer(
    {
      files: testFileStorage(),
      orm: database.orm,
      pool: database.pool,
      search,
      logger: createLogger("error", "test-api"),
      afterWrite: () => drainer.drainNow(),
    },
    { port: 0, host: "127.0.0.1" },
  );
  editor = await signInEditor(database, api);
});

afterAll(async () => {
  await api?.stop();
  await drainer?.stop();
  await database?.drop();
  await meilisearch?.stop();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe("a Meilisearch outage", () => {
  let during: { entityId: string; slug: string };

  it("starts from a hub whose writes are searchable through Meilisearch", async () => {
    const before = await publishNewService("Opieka wytchnieniowa Przedburzowa");
    // The import's backlog may still be draining in the background; the write itself is indexed.
    await waitFor("the initial backlog", async () => (await pendingOutbox()).length === 0);
    const results = await searchServices("opieka wytchnieniowa przedburzowa");
    expect(results.degraded).toBe(false);
    expect(results.hits.map((hit) => hit.title)).toContain("Opieka wytchnieniowa Przedburzowa");
    expect(await serviceSlugs("Przedburzowa")).toEqual([before.slug]);
    expect((await readiness()).body).toMatchObject({ status: "ready", degraded: [] });
  }, 180_000);

  it("keeps writes working and answers searches from PostgreSQL while Meilisearch is dead", async () => {
    process.kill(meilisearch!.pid, "SIGKILL");
    await meilisearch!.stop(); // resolves once the killed process has exited
    meilisearch = undefined;

    during = await publishNewService("Opieka wytchnieniowa Pobuździańska");

    const results = await searchServices("opieka wytchnieniowa pobuzdzianska");
    expect(results.degraded).toBe(true);
    expect(results.hits.map((hit) => hit.title)).toContain("Opieka wytchnieniowa Pobuździańska");
    expect(await serviceSlugs("Pobuździańska")).toEqual([during.slug]);

    const row = (await pendingOutbox()).find((candidate) => candidate.entity_id === during.entityId);
    expect(row).toBeDefined();
    expect(row!.attempts).toBeGreaterThanOrEqual(1);
    expect(row!.last_error).toBeTruthy();
    expect(row!.backed_off).toBe(true);
    // The drainer keeps retrying on its backoff rather than giving up.
    const attempts = async () =>
      (await pendingOutbox()).find((candidate) => candidate.entity_id === during.entityId)?.attempts ?? 0;
    await waitFor("a second attempt", async () => (await attempts()) >= 2, 30_000);

    const ready = await readiness();
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: "degraded", degraded: ["meilisearch"] });
  }, 180_000);

  it("catches up once Meilisearch is back, with nothing lost", async () => {
    meilisearch = await startMeilisearch(); // same port, data folder and key
    // The running drainer retries on its own once each row's backoff ends.
    await waitFor("the outbox to drain", async () => (await pendingOutbox()).length === 0);

    const results = await searchServices("opieka wytchnieniowa pobuzdzianska");
    expect(results.degraded).toBe(false);
    expect(results.hits.map((hit) => hit.title)).toContain("Opieka wytchnieniowa Pobuździańska");
    expect(await serviceSlugs("Pobuździańska")).toEqual([during.slug]);
    expect((await readiness()).body).toMatchObject({ status: "ready", degraded: [] });

    const report = await verifySearchIndexes(database.pool, search, { today: today(), fix: false });
    expect(report.lines.join("\n")).not.toContain("DRIFT");
    expect(report.drifted).toBe(0);
  }, 180_000);
});
