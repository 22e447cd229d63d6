import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TERYT_FILE } from "../support/paths";
import { SqlCounter } from "../support/sql-counter";
import { createTestDatabase, graphqlExchange, startTestApi, type TestDatabase } from "../support/test-hub";

// Limits are checked after validation and before execution: a refused request runs no resolver,
// which the SQL counter proves (every resolver here reads the database).

const sql = new SqlCounter();
let database: TestDatabase;
let api: RunningApi;
let strictApi: RunningApi;

beforeAll(async () => {
  database = await createTestDatabase({ loggerFactory: sql.loggerFactory });
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  strictApi = await startTestApi(database, { queryLimits: { maxCost: 100 } });
});
afterAll(async () => {
  await api?.stop();
  await strictApi?.stop();
  await database?.drop();
});

interface CostExtension {
  cost?: { requested: number; maximum: number };
}

async function exchange(query: string, variables: Record<string, unknown> = {}, target = api) {
  sql.reset();
  const { status, body } = await graphqlExchange(target, query, variables);
  return {
    status,
    body: body as typeof body & { extensions?: CostExtension },
    selects: sql.selects().length,
  };
}

// Every gmina of every powiat of the województwo: 1 + 10 × (1 + 10 × 1) at the default list size.
const REGION_TREE = `{ territorialUnit(code: "20") { children { code children { code } } } }`;

describe("cost in every answer", () => {
  it("reports the computed cost and the maximum in extensions.cost", async () => {
    const { status, body } = await exchange(REGION_TREE);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.cost).toEqual({ requested: 111, maximum: 5000 });
  });

  it("charges a connection by its page size", async () => {
    const { body } = await exchange(
      `query ($first: Int!) { territorialUnits(first: $first) { totalCount edges { node { code parent { code } } } } }`,
      { first: 40 },
    );
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.cost).toEqual({ requested: 1 + 40 * 3, maximum: 5000 });
  });

  it("lets GraphiQL and codegen introspect: the introspection query costs nothing", async () => {
    const { status, body } = await exchange(getIntrospectionQuery());
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.cost).toEqual({ requested: 0, maximum: 5000 });
  });
});

describe("requests over a limit: refused with 400 before anything runs", () => {
  it("refuses a query that costs more than the maximum, with the cost and the limit", async () => {
    const deepTree = `query ($first: Int!) { territorialUnits(first: $first) { edges { node {
      children { children { code } } } } } }`;
    const { status, body, selects } = await exchange(deepTree, { first: 100 });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions).toEqual({ code: "QUERY_TOO_COMPLEX", cost: 11201, maximum: 5000 });
    expect(body.errors?.[0]?.message).toMatch(/^The query costs 11201, more than the 5000 allowed/);
    expect(body.extensions?.cost).toEqual({ requested: 11201, maximum: 5000 });
    expect(selects).toBe(0);

    const smaller = await exchange(deepTree, { first: 40 });
    expect(smaller.status).toBe(200);
    expect(smaller.selects).toBeGreaterThan(0);
  });

  it("takes the maximum from its configuration (GRAPHQL_MAX_COST)", async () => {
    const { status, body, selects } = await exchange(REGION_TREE, {}, strictApi);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: "QUERY_TOO_COMPLEX", cost: 111, maximum: 100 });
    expect(selects).toBe(0);
  });

  it("refuses a query deeper than 12 levels", async () => {
    const deep = `{ territorialUnit(code: "2062011") { ${"parent { ".repeat(11)}code${" }".repeat(11)} } }`;
    const { status, body, selects } = await exchange(deep);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: "QUERY_TOO_DEEP", depth: 13, maximum: 12 });
    expect(selects).toBe(0);
  });

  it("refuses more than 30 aliases", async () => {
    const aliased = Array.from(
      { length: 31 },
      (_, index) => `u${index}: territorialUnit(code: "20") { code }`,
    );
    const { status, body, selects } = await exchange(`{ ${aliased.join(" ")} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: "TOO_MANY_ALIASES", aliases: 31, maximum: 30 });
    expect(selects).toBe(0);
  });
});

describe("connection page sizes", () => {
  it("refuses first outside 1..100 as BAD_USER_INPUT naming the argument, before anything runs", async () => {
    for (const first of [0, 101, 100_000]) {
      const { status, body, selects } = await exchange(
        `query ($first: Int!) { territorialUnits(first: $first) { totalCount } }`,
        { first },
      );
      expect(status, `first: ${first}`).toBe(400);
      expect(body.errors?.[0]).toMatchObject({
        message: "first: must be between 1 and 100",
        extensions: { code: "BAD_USER_INPUT", field: "first" },
      });
      expect(selects).toBe(0);
    }
  });

  it("refuses a connection without first, saying the argument is required", async () => {
    const { status, body } = await exchange(`{ organizations { totalCount } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors?.[0]?.message).toBe(
      'Field "organizations" argument "first" of type "Int!" is required, but it was not provided.',
    );
  });
});
