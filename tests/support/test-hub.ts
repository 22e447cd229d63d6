import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MikroORM, Options } from "@mikro-orm/postgresql";
import { createSourcePool, MeilisearchProvider } from "@obserwatorium/search-indexer";
import {
  clockAt,
  createLogger,
  createOrm,
  migrate,
  startApiServer,
  type RunningApi,
} from "@obserwatorium/server";
import pg from "pg";
import { inject } from "vitest";

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
  await admin.query(`create database ${name}`); // name is generated above, never user input
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

  return {
    name,
    url: url.toString(),
    orm,
    pool,
    search,
    indexPrefix,
    async drop() {
      await pool.end();
      await orm.close(true);
      const cleanup = new pg.Client({ connectionString: adminUrl.toString() });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
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
  }: { today?: () => string; now?: () => Date; maxUploadBytes?: number } = {},
): Promise<RunningApi> {
  return startApiServer(
    {
      files: testFileStorage(maxUploadBytes),
      orm: database.orm,
      pool: database.pool,
      search: database.search,
      logger: createLogger("error", "test-api"),
      clock: now ? clockAt(now) : today ? { now: () => new Date(`${today()}T12:00:00Z`), today } : undefined,
    },
    { port: 0, host: "127.0.0.1" },
  );
}

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string } }[];
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
): Promise<GraphQLExchange<TData>> {
  const response = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
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
