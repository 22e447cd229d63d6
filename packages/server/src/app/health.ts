import type { Request, Response, Router } from "express";
import express from "express";
import type { ApiDependencies } from "./context";

const CHECK_TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error("timed out")), CHECK_TIMEOUT_MS).unref()),
  ]);
}

async function check(name: string, probe: () => Promise<unknown>): Promise<[string, string]> {
  try {
    const result = await withTimeout(probe());
    return [name, result === false ? "unreachable" : "ok"];
  } catch {
    return [name, "unreachable"];
  }
}

/**
 * `/healthz`: the process answers. `/readyz`: it can serve, i.e. PostgreSQL answers. Without
 * Meilisearch it still serves — text search falls back to PostgreSQL — so the engine is reported
 * as degraded and the status stays 200.
 */
export function healthRouter({ orm, search }: ApiDependencies): Router {
  const router = express.Router();
  router.get("/healthz", (_request: Request, response: Response) => {
    response.json({ status: "ok" });
  });
  router.get("/readyz", async (_request: Request, response: Response) => {
    const [postgresql, meilisearch] = await Promise.all([
      check("postgresql", () => orm.em.getConnection().execute("select 1")),
      check("meilisearch", () => search.isHealthy()),
    ]);
    const checks = Object.fromEntries([
      postgresql,
      [meilisearch[0], meilisearch[1] === "ok" ? "ok" : "degraded"],
    ]);
    const failing = postgresql[1] === "ok" ? [] : ["postgresql"];
    const degraded = meilisearch[1] === "ok" ? [] : ["meilisearch"];
    const status = failing.length > 0 ? "unavailable" : degraded.length > 0 ? "degraded" : "ready";
    response.status(failing.length === 0 ? 200 : 503).json({ status, failing, degraded, checks });
  });
  return router;
}
