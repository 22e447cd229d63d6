import "reflect-metadata";
import pg from "pg";
import { report } from "./latency";
import { startNationalHub } from "./national-hub";
import { LISTING_QUERY, SEARCH_QUERIES, SEARCH_QUERY } from "./national-workload";
import { childPids, memoryOf } from "./process-memory";

// `npm run load`: 50 clients for 60 s against the hub as `npm start` runs it (API and site) on the
// national data set; 70 % searches, 20 % service pages of the site, 10 % listings, and every 200th
// request an outdated-information report, each from its own address.
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const WRITE_EVERY = 200;

type Kind = "search" | "detail" | "list" | "write";
const latencies: Record<Kind, number[]> = { search: [], detail: [], list: [], write: [] };
const failures: string[] = [];

const national = await startNationalHub();
try {
  const client = new pg.Client({ connectionString: national.databaseUrl });
  await client.connect();
  const services = (
    await client.query<{ slug: string; id: string }>(
      "select slug, id from service where publication_state = 'PUBLISHED' order by id limit 500",
    )
  ).rows;
  const gminy = (
    await client.query<{ code: string }>(
      "select code from territorial_unit where kind in ('URBAN_MUNICIPALITY', 'RURAL_MUNICIPALITY', 'URBAN_RURAL_MUNICIPALITY') order by code",
    )
  ).rows.map((row) => row.code);
  await client.end();
  const { apiUrl, siteUrl } = national.hub;
  const serviceGlobalId = (id: string) => Buffer.from(`Service:${id}`).toString("base64url");

  const graphql = async (query: string, variables: object, address: string) => {
    const response = await fetch(apiUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      errors?: unknown;
      data?: Record<string, { userErrors?: unknown[] }>;
    };
    if (!response.ok || body.errors) throw new Error(`${response.status} ${JSON.stringify(body.errors)}`);
    const userErrors = Object.values(body.data ?? {}).flatMap((payload) => payload?.userErrors ?? []);
    if (userErrors.length) throw new Error(`userErrors ${JSON.stringify(userErrors)}`);
  };
  const page = async (path: string) => {
    const response = await fetch(`${siteUrl}${path}`);
    await response.text();
    if (!response.ok) throw new Error(`${response.status} ${path}`);
  };

  const memory = { api: 0, site: 0 };
  const sitePid = childPids(national.hub.child.pid!, "next")[0];
  const sampler = setInterval(() => {
    memory.api = Math.max(memory.api, memoryOf(national.hub.child.pid!).rssMb);
    if (sitePid) memory.site = Math.max(memory.site, memoryOf(sitePid).rssMb);
  }, 250);

  let sent = 0;
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, clientIndex) => {
      const address = `10.77.${clientIndex}.1`;
      for (let n = 0; performance.now() < deadline; n++) {
        const count = sent++;
        const roll = (count * 7919) % 100;
        const kind: Kind =
          count % WRITE_EVERY === WRITE_EVERY - 1
            ? "write"
            : roll < 70
              ? "search"
              : roll < 90
                ? "detail"
                : "list";
        const service = services[count % services.length]!;
        const started = performance.now();
        try {
          if (kind === "search")
            await graphql(SEARCH_QUERY, { q: SEARCH_QUERIES[count % SEARCH_QUERIES.length] }, address);
          else if (kind === "detail") await page(`/uslugi/${service.slug}`);
          else if (kind === "list")
            await graphql(
              LISTING_QUERY,
              { area: gminy[count % gminy.length], areas: ["SOCIAL_ASSISTANCE"] },
              address,
            );
          else
            await graphql(
              "mutation ($id: ID!, $m: String!) { reportOutdated(serviceId: $id, message: $m) { userErrors { message } } }",
              { id: serviceGlobalId(service.id), m: `Test obciążenia: nieaktualne godziny (${count}).` },
              `10.78.${count >> 8}.${count & 255}`,
            );
          latencies[kind].push(performance.now() - started);
        } catch (error) {
          failures.push(`${kind}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }),
  );
  clearInterval(sampler);
  memory.api = Math.max(memory.api, memoryOf(national.hub.child.pid!).peakMb);
  if (sitePid) memory.site = Math.max(memory.site, memoryOf(sitePid).peakMb);

  const percentile = (values: number[], share: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length
      ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!)
      : 0;
  };
  const total = Object.values(latencies).reduce((sum, values) => sum + values.length, 0) + failures.length;
  report(
    "Load run",
    [
      `\`npm run load\`: ${CLIENTS} concurrent clients for ${SECONDS} s against the hub as \`npm start\` runs it`,
      "(API, production site, embedded PostgreSQL and Meilisearch) on the national data set; searches and",
      "listings through GraphQL, detail pages as whole HTML from the site, writes are outdated-information",
      "reports from a new X-Forwarded-For address each (RATE_LIMIT_ANONYMOUS_POINTS=0).",
      "",
      `Requests: **${total}** (${Math.round(total / SECONDS)}/s); failures: **${failures.length}** (target 0: ${failures.length === 0 ? "PASS" : "MISS"}).`,
      "",
      "| Kind | requests | p50 ms | p95 ms | p99 ms |",
      "| --- | --- | --- | --- | --- |",
      ...(Object.keys(latencies) as Kind[]).map(
        (kind) =>
          `| ${kind} | ${latencies[kind].length} | ${percentile(latencies[kind], 0.5)} | ${percentile(latencies[kind], 0.95)} | ${percentile(latencies[kind], 0.99)} |`,
      ),
      "",
      `Peak RSS: API (hub process) ${memory.api} MB (target ≤ 400 MB: ${memory.api <= 400 ? "PASS" : "MISS"}), site (Next.js) ${memory.site || "n/a"} MB.`,
      ...(failures.length
        ? ["", "First failures:", ...failures.slice(0, 5).map((line) => `- ${line.slice(0, 200)}`)]
        : []),
    ],
    national.environment,
  );
  process.exitCode = failures.length === 0 ? 0 : 1;
} finally {
  await national.stop();
}
