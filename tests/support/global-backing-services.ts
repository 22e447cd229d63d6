import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, createOrm, migrate } from "@obserwatorium/server";
import pg from "pg";
import {
  findFreePort,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
  type RunningMeilisearch,
  type RunningPostgres,
} from "@obserwatorium/server/infra";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL URL whose user may create databases (one per test file). */
    postgresAdminUrl: string;
    /** A database with every migration applied, copied for each test file (see createTestDatabase). */
    postgresTemplateDatabase: string;
    meiliUrl: string;
    meiliApiKey: string;
  }
}

/**
 * Real PostgreSQL and Meilisearch for the integration tests: the ones named by DATABASE_URL and
 * MEILI_URL/MEILI_MASTER_KEY when set, otherwise embedded ones on free ports in a temporary folder
 * that is removed afterwards.
 */
export default async function setup(project: TestProject) {
  const logger = createLogger("warn", "test-services");
  const directory = mkdtempSync(join(tmpdir(), "obserwatorium-test-"));
  let postgres: RunningPostgres | undefined;
  let meilisearch: RunningMeilisearch | undefined;

  const postgresAdminUrl =
    process.env.DATABASE_URL ??
    (postgres = await startEmbeddedPostgres({
      directory: join(directory, "postgres"),
      port: await findFreePort(),
      password: "test-only-password",
      database: "postgres",
      logger,
    })).url;

  if (!process.env.MEILI_URL) {
    meilisearch = await startEmbeddedMeilisearch({
      directory: join(directory, "meilisearch"),
      port: await findFreePort(),
      masterKey: "test-only-master-key-0123456789",
      logger,
    });
  }
  const templateDatabase = await createMigratedTemplate(postgresAdminUrl);
  project.provide("postgresAdminUrl", postgresAdminUrl);
  project.provide("postgresTemplateDatabase", templateDatabase);
  project.provide("meiliUrl", process.env.MEILI_URL ?? meilisearch!.url);
  project.provide("meiliApiKey", process.env.MEILI_MASTER_KEY ?? meilisearch!.masterKey);

  return async () => {
    await dropDatabase(postgresAdminUrl, templateDatabase);
    await meilisearch?.stop();
    await postgres?.stop();
    rmSync(directory, { recursive: true, force: true });
  };
}

async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Migrating a new database takes about a second; copying a migrated one a tenth of that. Each run
 * gets its own template (a shared DATABASE_URL may serve several runs at once).
 */
async function createMigratedTemplate(adminUrl: string): Promise<string> {
  const name = `test_template_${process.pid}_${Date.now()}`; // generated, never user input
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const orm = await createOrm({ databaseUrl: url.toString(), poolMax: 1 });
  try {
    await migrate(orm);
  } finally {
    await orm.close(true);
  }
  return name;
}

async function dropDatabase(adminUrl: string, name: string) {
  await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
}
