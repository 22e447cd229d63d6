import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { loadDemoRegistry } from "@obserwatorium/server/demo";
import { afterAll, beforeAll, expect, it } from "vitest";
import { TERYT_FILE } from "../support/paths";
import { SqlCounter } from "../support/sql-counter";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

const sql = new SqlCounter();

let database: TestDatabase;
let api: RunningApi;

beforeAll(async () => {
  database = await createTestDatabase({ loggerFactory: sql.loggerFactory });
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  await loadDemoRegistry(database.orm.em.fork(), { today: "2026-11-22" });
  // Pages of 50 and 100 with every nested list cost more than the default limit (5000, see
  // api-limits.test.ts); this file counts SQL queries, so it allows them.
  api = await startTestApi(database, { today: () => "2026-11-22", queryLimits: { maxCost: 20_000 } });
});
afterAll(async () => {
  await api.stop();
  await database.drop();
});

const PAGE_QUERY = `query ($first: Int!) { organizations(first: $first) {
  totalCount
  edges { node {
    name socialEnterpriseStatus
    seatGmina { name }
    areasServed { code name }
    offerings { name cpvCodes }
    socialEnterpriseDecisions { decision effectiveFrom }
    certificates { number status offerings { name } }
  } }
} }`;

async function selectsForPage(first: number) {
  sql.reset();
  const response = await graphqlRequest<{
    organizations: { edges: { node: { certificates: unknown[] } }[] };
  }>(api, PAGE_QUERY, { first });
  expect(response.errors).toBeUndefined();
  expect(response.data!.organizations.edges).toHaveLength(first);
  return { response, selects: sql.selects() };
}

it("a page of 50 organizations with status, certificates, offerings and areas costs a fixed number of queries", async () => {
  const { response, selects } = await selectsForPage(50);
  expect(response.data!.organizations.edges.some((edge) => edge.node.certificates.length > 0)).toBe(true);
  // ids page, organizations, decisions, service areas, seat gminas, served units, offerings,
  // certificates, certified offerings: one query each, however many organizations.
  expect(selects).toHaveLength(9);
  expect((await selectsForPage(100)).selects).toHaveLength(9);
});
