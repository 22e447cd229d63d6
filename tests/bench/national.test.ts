import { spawn, type ChildProcess } from "node:child_process";
import { SERVICE_TYPE_AREA, SERVICE_TYPES } from "@obserwatorium/schema";
import {
  createOrm,
  createLogger,
  federatedQueries,
  searchedTypes,
  startApiServer,
} from "@obserwatorium/server";
import { createSourcePool, MeilisearchProvider } from "@obserwatorium/search-indexer";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { REPO_ROOT } from "../support/paths";
import { SqlCounter } from "../support/sql-counter";
import { testFileStorage } from "../support/test-hub";
import { measure, report, row, type LatencyFigures } from "./latency";
import { startNationalHub, type NationalHub } from "./national-hub";
import { memoryOf } from "./process-memory";
import { LISTING_QUERY, listingSql, SEARCH_QUERIES, SEARCH_QUERY } from "./national-workload";

const TARGETS = { searchRatio: 1.5, listingRatio: 2, listingStatements: 5, syncP99Ms: 2000, rssMb: 400 };
const CATEGORY = "SOCIAL_ASSISTANCE";

let national: NationalHub;
let listingAreas: string[] = [];
let servicePaths: string[] = [];

beforeAll(async () => {
  national = await startNationalHub();
  const client = new pg.Client({ connectionString: national.databaseUrl });
  await client.connect();
  // Every 150th gmina of Poland by code: big cities and villages of every województwo.
  listingAreas = (
    await client.query<{ code: string }>(
      `select code from (select code, row_number() over (order by code) as n from territorial_unit
         where kind in ('URBAN_MUNICIPALITY', 'RURAL_MUNICIPALITY', 'URBAN_RURAL_MUNICIPALITY')) g
       where n % 150 = 1 order by code`,
    )
  ).rows.map((r) => r.code);
  servicePaths = (
    await client.query<{ slug: string }>(
      "select slug from service where publication_state = 'PUBLISHED' order by id limit 20",
    )
  ).rows.map((r) => `/uslugi/${r.slug}`);
  await client.end();
}, 1_800_000); // seeding the national data set, when it is not kept from an earlier run, takes ~15 min
afterAll(async () => {
  await national?.stop();
});

const verdict = (value: number, target: number, unit = "") =>
  `**${value}${unit}** (target ≤ ${target}${unit}: ${value <= target ? "PASS" : "MISS"})`;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const repeat = <T>(items: readonly T[], times: number) => Array.from({ length: times }, () => items).flat();

async function graphql(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(national.hub.apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

it("national data set: seeding and full reindex", () => {
  const { dataSet } = national;
  report(
    "National data set",
    [
      `\`npm run seed -- --scale national\` (seed 20261122, deterministic): ${dataSet.seedSeconds} s in all` +
        (dataSet.cached
          ? " when it was made (this run reused it from .data-bench/)."
          : " (made in this run)."),
      "",
      ...dataSet.seedSummary.map((line) => `- ${line}`),
    ],
    national.environment,
  );
  expect(dataSet.seedSummary.length).toBeGreaterThan(0);
});

it("search: GraphQL against the same federated query sent straight to Meilisearch", async () => {
  const direct = new MeilisearchProvider({
    url: national.meiliUrl,
    apiKey: national.meiliKey,
    indexPrefix: "",
  });
  const viaGraphql = (query: string) => graphql(SEARCH_QUERY, { q: query });
  const straight = (query: string) =>
    direct.federatedSearch({
      queries: federatedQueries(query, searchedTypes(null, {}, null)),
      limit: 20,
      offset: 0,
    });
  await measure(SEARCH_QUERIES, viaGraphql);
  await measure(SEARCH_QUERIES, straight);
  const results: [string, LatencyFigures, LatencyFigures][] = [];
  for (const concurrency of [1, 32]) {
    const times = concurrency === 1 ? 5 : 25;
    const graphqlFigures = await measure(repeat(SEARCH_QUERIES, times), viaGraphql, concurrency);
    const directFigures = await measure(repeat(SEARCH_QUERIES, times), straight, concurrency);
    results.push([`concurrency ${concurrency}`, graphqlFigures, directFigures]);
  }
  report(
    "Search on the national data set",
    [
      "Latency in ms from the bench process. GraphQL: `search(query, first: 20)` through the hub (`npm start`",
      "process: Apollo, validation, Meilisearch, hits re-checked in PostgreSQL). Direct: the hub's very",
      "federated multi-search sent to Meilisearch over HTTP with the client library.",
      "",
      "| Request | n | median | p95 | p99 | median ratio | p99 ratio |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      ...results.flatMap(([label, viaApi, viaMeili]) => [
        row(
          `GraphQL \`search\`, ${label}`,
          viaApi,
          ` ${ratio(viaApi.medianMs, viaMeili.medianMs)}× | ${ratio(viaApi.p99Ms, viaMeili.p99Ms)}× |`,
        ),
        row(`Meilisearch direct, ${label}`, viaMeili, " 1× | 1× |"),
      ]),
      "",
      ...results.map(
        ([label, viaApi, viaMeili]) =>
          `- Median ratio, ${label}: ${verdict(ratio(viaApi.medianMs, viaMeili.medianMs), TARGETS.searchRatio, "×")}`,
      ),
    ],
    national.environment,
  );
});

it("listing: services by area and category with provider and locations against hand-written SQL", async () => {
  const counter = new SqlCounter();
  const orm = await createOrm({
    databaseUrl: national.databaseUrl,
    loggerFactory: counter.loggerFactory,
    poolMax: 4,
  });
  const pool = createSourcePool(national.databaseUrl, () => {});
  const search = new MeilisearchProvider({
    url: national.meiliUrl,
    apiKey: national.meiliKey,
    indexPrefix: "",
  });
  // A second API in this process over the same database, only to count its SQL statements.
  const counted = await startApiServer(
    { files: testFileStorage(), orm, pool, search, logger: createLogger("error", "bench") },
    { port: 0, host: "127.0.0.1" },
  );
  const raw = new pg.Pool({ connectionString: national.databaseUrl, max: 4 });
  const areaTypes = SERVICE_TYPES.filter((type) => SERVICE_TYPE_AREA[type] === CATEGORY);
  try {
    const statements: number[] = [];
    for (const area of listingAreas.slice(0, 5)) {
      counter.reset();
      const response = await fetch(counted.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: LISTING_QUERY, variables: { area, areas: [CATEGORY] } }),
      });
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
      statements.push(counter.statements.length);
    }
    const viaGraphql = (area: string) => graphql(LISTING_QUERY, { area, areas: [CATEGORY] });
    const viaSql = (area: string) => raw.query(listingSql, [area, areaTypes, 50]);
    // The two must find the same services, or the comparison means nothing.
    const totals: string[] = [];
    for (const area of listingAreas.slice(0, 5)) {
      const [first] = (await viaSql(area)).rows as { total: number }[];
      const viaApi = (await viaGraphql(area)) as { services: { totalCount: number } };
      totals.push(`${area}: ${viaApi.services.totalCount} / ${first?.total ?? 0}`);
    }
    await measure(listingAreas, viaGraphql);
    await measure(listingAreas, viaSql);
    const api = await measure(repeat(listingAreas, 5), viaGraphql);
    const sql = await measure(repeat(listingAreas, 5), viaSql);
    const most = Math.max(...statements);
    report(
      "Listing on the national data set",
      [
        "`services(filter: { areaCode, serviceAreas: [SOCIAL_ASSISTANCE] }, first: 50)` with `totalCount`, the",
        "provider and locations (with opening hours the query costs 6201, over the 5000 limit), through the hub, against one hand-written SQL",
        `statement through \`pg\` (same filter, order and nested rows as JSON), over ${listingAreas.length} gminy`,
        "spread over Poland. Latency in ms, concurrency 1.",
        "",
        "| Request | n | median | p95 | p99 |",
        "| --- | --- | --- | --- | --- |",
        row("GraphQL `services`", api),
        row("hand-written SQL", sql),
        "",
        `- Median ratio: ${verdict(ratio(api.medianMs, sql.medianMs), TARGETS.listingRatio, "×")}`,
        `- SQL statements per request (counted in an API in the bench process): ${statements.join(", ")} → ` +
          verdict(most, TARGETS.listingStatements),
        `- totalCount through GraphQL / through SQL, per gmina: ${totals.join("; ")}`,
      ],
      national.environment,
    );
  } finally {
    await counted.stop();
    await raw.end();
    await pool.end();
    await orm.close(true);
  }
});

it("overhead: a trivial query through the full server against bare graphql-js behind node:http", async () => {
  const bare: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "tests/bench/bare-graphql-server.ts"],
    {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const port = await new Promise<number>((resolve) =>
    bare.stdout!.once("data", (chunk: Buffer) =>
      resolve(Number(/listening (\d+)/.exec(chunk.toString())![1])),
    ),
  );
  const trivial = (url: string) => () =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    }).then((response) => response.json());
  const throughput = async (request: () => Promise<unknown>) => {
    await measure(Array.from({ length: 200 }), request, 8);
    const started = performance.now();
    const figures = await measure(Array.from({ length: 2000 }), request, 8);
    return { perSecond: Math.round(figures.requests / ((performance.now() - started) / 1000)), figures };
  };
  try {
    const full = await throughput(trivial(national.hub.apiUrl));
    const baseline = await throughput(trivial(`http://127.0.0.1:${port}/graphql`));
    report(
      "Overhead of the server",
      [
        "`{ __typename }` 2000 times at concurrency 8: through the hub's API (Express, Apollo, context with",
        "an EntityManager fork, query-cost limits, logging) against graphql-js `parse`/`validate`/`execute`",
        "behind `node:http` in a process of its own.",
        "",
        "| Server | requests/s | median ms | p99 ms |",
        "| --- | --- | --- | --- |",
        `| full server | ${full.perSecond} | ${full.figures.medianMs} | ${full.figures.p99Ms} |`,
        `| bare graphql-js | ${baseline.perSecond} | ${baseline.figures.medianMs} | ${baseline.figures.p99Ms} |`,
        "",
        `- Requests/s ratio full ÷ bare: **${ratio(full.perSecond, baseline.perSecond)}** (no target; reported).`,
      ],
      national.environment,
    );
  } finally {
    bare.kill("SIGTERM");
  }
});

it("sync: committed write to searchable under a write burst", async () => {
  const pool = new pg.Pool({ connectionString: national.databaseUrl, max: 8 });
  const search = new MeilisearchProvider({
    url: national.meiliUrl,
    apiKey: national.meiliKey,
    indexPrefix: "",
  });
  try {
    const { rows } = await pool.query<{ id: string }>(
      "select id from service where publication_state = 'PUBLISHED' order by id limit 100",
    );
    // Letters only, so the engine reads each token as one word.
    const letters = (value: number) =>
      value.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
    const run = letters(Date.now() % 1e9);
    const lags: number[] = [];
    // 100 writes from 10 writers at once; each is a committed transaction with its outbox row, as the
    // API writes them; the hub's indexer (polling every 500 ms) makes it searchable.
    await measure(
      rows.map((row, index) => ({ id: row.id, token: `synclag${run}q${letters(index)}` })),
      async ({ id, token }) => {
        const client = await pool.connect();
        try {
          await client.query("begin");
          await client.query("update service set title = title || ' ' || $2 where id = $1", [id, token]);
          await client.query("insert into search_outbox (index_name, entity_id) values ('services', $1)", [
            id,
          ]);
          await client.query("commit");
        } finally {
          client.release();
        }
        const committed = performance.now();
        for (;;) {
          const found = await search.search<{ id: string }>("services", {
            query: `"${token}"`,
            limit: 5,
            offset: 0,
          });
          if (found.hits.some((hit) => hit.id === id)) break;
          if (performance.now() - committed > 30_000) throw new Error(`${token} never became searchable`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        lags.push(performance.now() - committed);
      },
      10,
    );
    await pool.query(
      "update service set title = regexp_replace(title, ' synclag\\S+$', '') where title like '% synclag%'",
    );
    await pool.query(
      "insert into search_outbox (index_name, entity_id) select 'services', unnest($1::text[])",
      [rows.map((r) => r.id)],
    );
    lags.sort((a, b) => a - b);
    const at = (share: number) =>
      Math.round(lags[Math.min(lags.length - 1, Math.floor(share * lags.length))]!);
    report(
      "Search sync lag",
      [
        "100 committed service updates from 10 concurrent writers (update + outbox row in one transaction),",
        "each polled in Meilisearch every 20 ms until its new word is found. The API drains the outbox right",
        "after its own writes; these writes bypass it, so they wait for the indexer's 500 ms poll (worst case).",
        "",
        `- p50 **${at(0.5)} ms**, p99 ${verdict(at(0.99), TARGETS.syncP99Ms, " ms")}, max ${at(1)} ms`,
        `- Full reindex (from the seed run): ${national.dataSet.seedSummary.find((line) => line.startsWith("Full reindex")) ?? "n/a"}`,
      ],
      national.environment,
    );
  } finally {
    await pool.end();
  }
});

it("web and memory: server response of the catalogue and a service page; peak RSS under load", async () => {
  const site = national.hub.siteUrl;
  const notOk: string[] = [];
  const page = (path: string) => async () => {
    const response = await fetch(`${site}${path}`);
    if (response.status !== 200) notOk.push(`${response.status} ${path}`);
    await response.text();
  };
  const catalogue = listingAreas.map((code) => `/uslugi?obszar=${code}`);
  await measure(catalogue.slice(0, 3), (path) => page(path)());
  const catalogueFigures = await measure(repeat(catalogue, 2), (path) => page(path)());
  const serviceFigures = await measure(servicePaths, (path) => page(path)());
  // Load for the memory figure: search and listings at concurrency 32 for a while.
  const apiPid = national.hub.child.pid!;
  const mix = repeat(SEARCH_QUERIES, 40).map((query, index) =>
    index % 10 < 7 ? { query } : { area: listingAreas[index % listingAreas.length]! },
  );
  const load = await measure(
    mix,
    (request) =>
      "query" in request
        ? graphql(SEARCH_QUERY, { q: request.query })
        : graphql(LISTING_QUERY, { area: request.area, areas: [CATEGORY] }),
    32,
  );
  const { peakMb, rssMb } = memoryOf(apiPid);
  report(
    "Web and memory on the national data set",
    [
      "Server response of the whole HTML (production build, `npm start` hub), ms:",
      "",
      "| Page | n | median | p95 | p99 |",
      "| --- | --- | --- | --- | --- |",
      row(`\`/uslugi?obszar=<gmina>\` over ${listingAreas.length} gminy`, catalogueFigures),
      row("a service page", serviceFigures),
      ...(notOk.length ? ["", `Not 200: ${notOk.slice(0, 5).join(", ")}`] : []),
      "",
      `Memory of the API (hub) process after this file's load (${load.requests} searches and listings at`,
      `concurrency 32 besides the runs above): RSS now ${rssMb} MB, peak RSS ${verdict(peakMb, TARGETS.rssMb, " MB")}.`,
    ],
    national.environment,
  );
});
