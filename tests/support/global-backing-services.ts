import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "@obserwatorium/server";
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
  project.provide("postgresAdminUrl", postgresAdminUrl);
  project.provide("meiliUrl", process.env.MEILI_URL ?? meilisearch!.url);
  project.provide("meiliApiKey", process.env.MEILI_MASTER_KEY ?? meilisearch!.masterKey);

  return async () => {
    await meilisearch?.stop();
    await postgres?.stop();
    rmSync(directory, { recursive: true, force: true });
  };
}
