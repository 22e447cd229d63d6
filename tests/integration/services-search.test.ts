import { createLogger, importTerytFile, startApiServer, type RunningApi } from "@obserwatorium/server";
import { loadDemoRegistry, loadDemoServices, type DemoServicesCounts } from "@obserwatorium/server/demo";
import { MeilisearchProvider, syncServices } from "@obserwatorium/search-indexer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TERYT_FILE } from "../support/paths";
import {
  createTestDatabase,
  graphqlRequest,
  startTestApi,
  testFileStorage,
  type TestDatabase,
} from "../support/test-hub";

const TODAY = "2026-11-22";
const LAPY = "2002063";
let database: TestDatabase;
let api: RunningApi;
let counts: DemoServicesCounts;

interface ServiceNode {
  id: string;
  slug: string;
  title: string;
  serviceType: string;
  cost: { kind: string };
  locations: { address: { gminaCode: string } }[];
}

async function search(filter: Record<string, unknown>) {
  const response = await graphqlRequest<{ services: { totalCount: number; edges: { node: ServiceNode }[] } }>(
    api,
    `query ($filter: ServiceFilter) { services(filter: $filter, first: 20) { totalCount
       edges { node { id slug title serviceType cost { kind } locations { address { gminaCode } } } } } }`,
    { filter },
  );
  return response;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  await loadDemoRegistry(database.orm.em.fork(), { today: TODAY });
  counts = await loadDemoServices(database.orm.em.fork(), { today: TODAY });
  await syncServices(database.pool, database.search, { today: TODAY });
  api = await startTestApi(database, { today: () => TODAY });
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("demo services and text search", () => {
  it("loads about 1500 services with an OPS in every podlaskie gmina", async () => {
    expect(counts.services).toBeGreaterThanOrEqual(1400);
    expect(counts.services).toBeLessThanOrEqual(1600);
    const { rows } = await database.pool.query<{ gminy: number }>(
      `select count(distinct l.gmina_code)::int as gminy from service_location l join service s on s.id = l.service_id
       where s.service_type = 'SOCIAL_WORK'`,
    );
    expect(rows[0]!.gminy).toBe(118);
  });

  for (const text of ["opieka wytchnieniowa Łapy", "opieka wytchnieniowa Lapy", "opieka wytchnieniwa Łapy"]) {
    for (const freeOnly of [false, true]) {
      it(`finds a respite service in Łapy first for "${text}"${freeOnly ? ", free only" : ""}`, async () => {
        const response = await search({ text, ...(freeOnly ? { freeOnly } : {}) });
        expect(response.errors).toBeUndefined();
        const first = response.data!.services.edges[0]!.node;
        expect(first.serviceType).toBe("RESPITE_CARE");
        expect(first.locations.map((location) => location.address.gminaCode)).toContain(LAPY);
        if (freeOnly) {
          expect(response.data!.services.edges.every((edge) => edge.node.cost.kind === "FREE")).toBe(true);
        }
      });
    }
  }

  it("never shows a draft service to an anonymous text search", async () => {
    const { rows } = await database.pool.query<{ title: string; id: string }>(
      "select id, title from service where publication_state = 'DRAFT' order by id limit 1",
    );
    const draft = rows[0]!;
    const response = await search({ text: draft.title });
    expect(response.errors).toBeUndefined();
    const ids = response.data!.services.edges.map((edge) =>
      Buffer.from(edge.node.id, "base64url").toString(),
    );
    expect(ids).not.toContain(`Service:${draft.id}`);
  });

  it("rejects a text longer than 200 characters", async () => {
    const response = await search({ text: "a".repeat(201) });
    expect(response.errors?.[0]?.extensions?.field ?? response.errors?.[0]?.message).toMatch(/filter\.text/);
  });

  it("falls back to PostgreSQL for text when the search engine is down", async () => {
    const offline = await startApiServer(
      {
        orm: database.orm,
        pool: database.pool,
        search: new MeilisearchProvider({ url: "http://127.0.0.1:9", apiKey: "none", indexPrefix: "x_" }),
        logger: createLogger("error", "test-api"),
        files: testFileStorage(),
      },
      { port: 0, host: "127.0.0.1" },
    );
    try {
      const query = `query ($filter: ServiceFilter) { services(filter: $filter, first: 1) { totalCount } }`;
      const down = await graphqlRequest<{ services: { totalCount: number } }>(offline, query, {
        filter: { text: "opieka wytchnieniowa Łapy" },
      });
      expect(down.errors).toBeUndefined();
      expect(down.data!.services.totalCount).toBeGreaterThan(0);
      const plain = await graphqlRequest(offline, query, { filter: { freeOnly: true } });
      expect(plain.errors).toBeUndefined();
    } finally {
      await offline.stop();
    }
  });
});
