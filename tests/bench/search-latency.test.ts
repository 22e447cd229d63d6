import { ORGANIZATIONS_INDEX, TERRITORIAL_UNITS_INDEX } from "@obserwatorium/schema";
import { federatedQueries, searchedTypes, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { startDemoHub } from "../support/demo-hub";
import { graphqlRequest, type TestDatabase } from "../support/test-hub";
import { measure, report, row } from "./latency";

/** What residents and officials type into the header box, letter by letter. */
const WORDS = ["opieka", "sokółka", "spółdzielnia", "łapy", "asystent", "mieszkania", "suwałki", "fundacja"];
const PREFIXES = WORDS.flatMap((word) => [2, 3, 4, 5, 6].map((length) => word.slice(0, length)));
const QUERIES = [
  "opieka wytchnieniowa Łapy",
  "catering spółdzielnia socjalna",
  "lpdi choroszcz",
  "dom pomocy społecznej",
  "asystent osobisty osoby z niepełnosprawnością",
  "mieszkania wspomagane",
  "klub seniora Hajnówka",
  "ośrodek interwencji kryzysowej",
];
const ROUNDS = 5;
const PLACE_NAMES = ["name", "nameFolded"];
const ORGANIZATION_NAMES = ["name", "nameFolded", "shortName"];

let database: TestDatabase;
let api: RunningApi;

beforeAll(async () => {
  ({ database, api } = await startDemoHub());
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

const repeat = <T>(items: T[], times = ROUNDS) => Array.from({ length: times }, () => items).flat();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const ratio = (a: number, b: number) => ` ${(a / b).toFixed(2)}× |`;

async function answered(request: Promise<{ errors?: unknown }>): Promise<void> {
  expect((await request).errors).toBeUndefined();
}

it("suggest and search: GraphQL against Meilisearch asked directly", async () => {
  const suggest = (prefix: string) =>
    answered(
      graphqlRequest(api, "query ($p: String!) { suggest(prefix: $p) { kind label value } }", { p: prefix }),
    );
  const search = (query: string) =>
    answered(
      graphqlRequest(
        api,
        `query ($q: String!) { search(query: $q, first: 20) {
           totalHits hits { type title snippet { text highlighted } } } }`,
        { q: query },
      ),
    );
  // The client library with the very requests the hub sends (same queries, filters, facets,
  // highlighting), so the ratio is the hub's own cost: GraphQL, checks and loading from PostgreSQL.
  const directSuggest = (prefix: string) =>
    Promise.all([
      database.search.search(TERRITORIAL_UNITS_INDEX, {
        query: prefix,
        searchOn: PLACE_NAMES,
        limit: 5,
        offset: 0,
      }),
      database.search.search(ORGANIZATIONS_INDEX, {
        query: prefix,
        searchOn: ORGANIZATION_NAMES,
        filter: [{ attribute: "publicationState", anyOf: ["PUBLISHED"] }],
        limit: 5,
        offset: 0,
      }),
    ]);
  const directSearch = (query: string) =>
    database.search.federatedSearch({
      queries: federatedQueries(query, searchedTypes(null, {}, null)),
      limit: 20,
      offset: 0,
    });
  // The engine's own figures, over plain fetch without the client library.
  const engineMs: Record<"places" | "organizations", number[]> = { places: [], organizations: [] };
  const rawSearch = async (index: string, body: object) => {
    const response = await fetch(`${inject("meiliUrl")}/indexes/${database.indexPrefix}${index}/search`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${inject("meiliApiKey")}` },
      body: JSON.stringify(body),
    });
    return ((await response.json()) as { processingTimeMs: number }).processingTimeMs;
  };
  const rawSuggest = async (prefix: string) => {
    const [places, organizations] = await Promise.all([
      rawSearch(TERRITORIAL_UNITS_INDEX, { q: prefix, limit: 5, attributesToSearchOn: PLACE_NAMES }),
      rawSearch(ORGANIZATIONS_INDEX, {
        q: prefix,
        limit: 5,
        filter: 'publicationState IN ["PUBLISHED"]',
        attributesToSearchOn: ORGANIZATION_NAMES,
      }),
    ]);
    engineMs.places.push(places);
    engineMs.organizations.push(organizations);
  };

  await measure(PREFIXES, suggest); // warm-up: caches, JIT, connection pools
  await measure(QUERIES, search);
  const figures = {
    suggest: await measure(repeat(PREFIXES), suggest),
    directSuggest: await measure(repeat(PREFIXES), directSuggest),
    rawSuggest: await measure(repeat(PREFIXES), rawSuggest),
    search: await measure(repeat(QUERIES), search),
    directSearch: await measure(repeat(QUERIES), directSearch),
    search32: await measure(repeat(QUERIES, 25), search, 32),
    directSearch32: await measure(repeat(QUERIES, 25), directSearch, 32),
  };
  report("Search and suggest latency (demo data)", [
    "Latency in ms from the test process over HTTP. GraphQL rows go through the whole hub (Apollo,",
    "validation, Meilisearch, hits loaded and re-checked in PostgreSQL); client rows send the hub's",
    "very Meilisearch requests through the client library; fetch rows send them over plain fetch.",
    "Target: `suggest` median under 20 ms.",
    "",
    "| Request | n | median | p95 | p99 | median ratio to client |",
    "| --- | --- | --- | --- | --- | --- |",
    row(
      "GraphQL `suggest`",
      figures.suggest,
      ratio(figures.suggest.medianMs, figures.directSuggest.medianMs),
    ),
    row("client: places + organizations by name", figures.directSuggest, " 1.00× |"),
    row(
      "fetch: the same two requests",
      figures.rawSuggest,
      ratio(figures.rawSuggest.medianMs, figures.directSuggest.medianMs),
    ),
    `| engine processingTimeMs median: places ${median(engineMs.places)}, organizations ${median(engineMs.organizations)} | | | | | |`,
    row(
      "GraphQL `search`, concurrency 1",
      figures.search,
      ratio(figures.search.medianMs, figures.directSearch.medianMs),
    ),
    row("client: federated search, concurrency 1", figures.directSearch, " 1.00× |"),
    row(
      "GraphQL `search`, concurrency 32",
      figures.search32,
      ratio(figures.search32.medianMs, figures.directSearch32.medianMs),
    ),
    row("client: federated search, concurrency 32", figures.directSearch32, " 1.00× |"),
  ]);
});
