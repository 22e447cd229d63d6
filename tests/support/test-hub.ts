import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MikroORM, Options } from "@mikro-orm/postgresql";
import {
  createSourcePool,
  drainSearchOutbox as drainOutboxPass,
  MeilisearchProvider,
  startOutboxDrainer,
  type OutboxDrainer,
} from "@obserwatorium/search-indexer";
import {
  clockAt,
  createLogger,
  createOrm,
  migrate,
  startApiServer,
  type ApiDependencies,
  type Logger,
  type RunningApi,
} from "@obserwatorium/server";
import pg from "pg";
import { inject } from "vitest";
import { TEST_RATE_LIMIT_POINTS } from "./hub-process";

/** Outbox drainers started for a database; stopped before it is dropped. */
const drainers = new WeakMap<TestDatabase, OutboxDrainer[]>();

export interface TestDatabase {
  name: string;
  url: string;
  orm: MikroORM;
  pool: pg.Pool;
  search: MeilisearchProvider;
  indexPrefix: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database and a private set of search indexes for one test file. */
export async function createTestDatabase(
  options: { loggerFactory?: Options["loggerFactory"] } = {},
): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString("hex")}`;
  const adminUrl = new URL(inject("postgresAdminUrl"));
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  // Both names are generated (here and in global-backing-services.ts), never user input. A file copy
  // suits a small template best: it skips writing the whole database to the WAL.
  await admin.query(
    `create database ${name} template ${inject("postgresTemplateDatabase")} strategy file_copy`,
  );
  await admin.end();

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const orm = await createOrm({
    databaseUrl: url.toString(),
    loggerFactory: options.loggerFactory,
    poolMax: 4,
  });
  await migrate(orm);
  const pool = createSourcePool(url.toString(), () => {});
  const indexPrefix = `${name}_`;
  const search = new MeilisearchProvider({
    url: inject("meiliUrl"),
    apiKey: inject("meiliApiKey"),
    indexPrefix,
  });

  const database: TestDatabase = {
    name,
    url: url.toString(),
    orm,
    pool,
    search,
    indexPrefix,
    async drop() {
      await Promise.all((drainers.get(database) ?? []).map((drainer) => drainer.stop()));
      await pool.end();
      await orm.close(true);
      const cleanup = new pg.Client({ connectionString: adminUrl.toString() });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
  return database;
}

/**
 * Indexes everything the outbox holds for this database (for writes made outside the API, e.g.
 * an import); fails when a change could not be indexed. Returns the number of rows processed.
 */
export async function drainSearchOutbox(database: TestDatabase, today = clockAt(() => new Date()).today()) {
  let processed = 0;
  for (;;) {
    const report = await drainOutboxPass(database.pool, database.search, { today });
    if (report.failed > 0) throw new Error(`${report.failed} search changes failed to index`);
    processed += report.processed;
    if (report.claimed === 0) return processed;
  }
}

/** A throw-away folder for uploaded files. */
export function testFileStorage(maxBytes = 5 * 1024 * 1024) {
  return { directory: mkdtempSync(join(tmpdir(), "obserwatorium-files-")), maxBytes };
}

/**
 * The API over a test database; `today` moves the clock that decides validity, `now` sets the full
 * instant (e.g. for "open now") and, when given, decides "today" as well.
 */
export async function startTestApi(
  database: TestDatabase,
  {
    today,
    now,
    maxUploadBytes = 5 * 1024 * 1024,
    logger = createLogger("error", "test-api"),
    rateLimits,
    ...extra
  }: {
    today?: () => string;
    now?: () => Date;
    maxUploadBytes?: number;
    logger?: Logger;
  } & Pick<
    ApiDependencies,
    "sessions" | "mailer" | "siteUrl" | "queryLimits" | "corsOrigins" | "federationSubgraph" | "rateLimits"
  > = {},
): Promise<RunningApi> {
  const clock = now
    ? clockAt(now)
    : today
      ? { now: () => new Date(`${today()}T12:00:00Z`), today }
      : undefined;
  // As in the hub, the outbox drainer indexes writes; the API also drains after every mutation
  // and upload, so a test searches what it has just written.
  const drainer = startOutboxDrainer(database.pool, database.search, {
    today: () => (clock ?? clockAt(() => new Date())).today(),
  });
  drainers.set(database, [...(drainers.get(database) ?? []), drainer]);
  const api = await startApiServer(
    {
      files: testFileStorage(maxUploadBytes),
      orm: database.orm,
      pool: database.pool,
      search: database.search,
      logger,
      clock,
      ...extra,
      // All test requests come from 127.0.0.1: only tests of the limit get a budget they can spend.
      rateLimits: {
        anonymousPoints: TEST_RATE_LIMIT_POINTS,
        apiKeyPoints: TEST_RATE_LIMIT_POINTS,
        ...rateLimits,
      },
      afterWrite: () => drainer.drainNow(),
    },
    { port: 0, host: "127.0.0.1" },
  );
  return {
    ...api,
    async stop() {
      await api.stop();
      await drainer.stop();
    },
  };
}

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string } }[];
  /** `cost: { requested, maximum }` on every measured answer. */
  extensions?: Record<string, unknown>;
}

export interface GraphQLExchange<TData> {
  status: number;
  headers: Headers;
  body: GraphQLResponse<TData>;
}

/** A GraphQL request with its HTTP side: status and response headers (e.g. `set-cookie`). */
export async function graphqlExchange<TData = Record<string, unknown>>(
  api: RunningApi,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<GraphQLExchange<TData>> {
  const response = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphQLResponse<TData>,
  };
}

export async function graphqlRequest<TData = Record<string, unknown>>(
  api: RunningApi,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  return (await graphqlExchange<TData>(api, query, variables, headers)).body;
}
