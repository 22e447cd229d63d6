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

/** `/healthz`: the process answers. `/readyz`: it can serve, i.e. PostgreSQL and Meilisearch answer. */
export function healthRouter({ orm, search }: ApiDependencies): Router {
  const router = express.Router();
  router.get("/healthz", (_request: Request, response: Response) => {
    response.json({ status: "ok" });
  });
  router.get("/readyz", async (_request: Request, response: Response) => {
    const checks = Object.fromEntries(
      await Promise.all([
        check("postgresql", () => orm.em.getConnection().execute("select 1")),
        check("meilisearch", () => search.isHealthy()),
      ]),
    );
    const failing = Object.keys(checks).filter((name) => checks[name] !== "ok");
    response
      .status(failing.length === 0 ? 200 : 503)
      .json({ status: failing.length === 0 ? "ready" : "unavailable", failing, checks });
  });
  return router;
}
