import { createServer, type Server } from "node:net";
import { createOrm } from "@obserwatorium/server";
import { afterAll, beforeAll, expect, it } from "vitest";

/**
 * Issue 10, faults: a database host that accepts connections but never answers (hung, or behind a
 * lost network) must not hold callers until the operating system gives up: connecting fails
 * within seconds.
 */

let silent: Server;
let port: number;

beforeAll(async () => {
  silent = createServer(() => {}); // accepts TCP, never speaks the PostgreSQL protocol
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  port = (silent.address() as { port: number }).port;
});

afterAll(() => {
  silent.close();
});

it("gives up connecting to an unresponsive PostgreSQL within 10 s", async () => {
  const started = performance.now();
  await expect(createOrm({ databaseUrl: `postgres://u:p@127.0.0.1:${port}/db` })).rejects.toThrow(/timeout/i);
  expect(performance.now() - started).toBeLessThan(10_000);
}, 30_000);
