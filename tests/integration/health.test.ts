import { MeilisearchProvider } from "@obserwatorium/search-indexer";
import { createLogger, startApiServer, type RunningApi } from "@obserwatorium/server";
import { findFreePort } from "@obserwatorium/server/infra";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, startTestApi, testFileStorage, type TestDatabase } from "../support/test-hub";

let database: TestDatabase;
let api: RunningApi;

const base = (running: RunningApi) => running.url.replace(/\/graphql$/, "");

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startTestApi(database);
});
afterAll(async () => {
  await api.stop();
  await database.drop();
});

describe("health endpoints", () => {
  it("/healthz answers while the process is up", async () => {
    const response = await fetch(`${base(api)}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("/readyz is 200 when PostgreSQL and Meilisearch answer", async () => {
    const response = await fetch(`${base(api)}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ready", failing: [], degraded: [] });
  });

  it("/readyz stays 200 and reports Meilisearch as degraded when it cannot be reached", async () => {
    const deadSearch = new MeilisearchProvider({ url: `http://127.0.0.1:${await findFreePort()}` });
    const degraded = await startApiServer(
      {
        orm: database.orm,
        pool: database.pool,
        search: deadSearch,
        logger: createLogger("error"),
        files: testFileStorage(),
      },
      { port: 0, host: "127.0.0.1" },
    );
    try {
      const response = await fetch(`${base(degraded)}/readyz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        status: "degraded",
        failing: [],
        degraded: ["meilisearch"],
        checks: { postgresql: "ok", meilisearch: "degraded" },
      });
    } finally {
      await degraded.stop();
    }
  });
});
