import type { RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFaultServices, startHubLikeApi, waitFor, type FaultServices } from "../support/fault-services";
import { prepareServiceWriter, type ServiceWriter } from "../support/fault-writes";
import { graphqlExchange } from "../support/test-hub";

/**
 * Issue 10, faults: PostgreSQL is SIGKILLed under a mixed load of reads and writes and started
 * again on the same data. The API answers every request quickly meanwhile (errors, never a hang),
 * recovers without a restart of its own, and keeps every write it acknowledged.
 */

const ANSWER_WITHIN_MS = 5_000;
const CLIENTS = 4;

type Phase = "before" | "down" | "after";

interface Outcome {
  phase: Phase;
  kind: "read" | "write";
  ms: number;
  ok: boolean;
  codes: string[];
}

let services: FaultServices;
let api: RunningApi;
let writer: ServiceWriter;
let phase: Phase = "before";
let loadRunning = true;
const outcomes: Outcome[] = [];
const acknowledged: string[] = [];

async function read(signal: AbortSignal) {
  const { body } = await graphqlExchange<{ services: { edges: unknown[] } }>(
    api,
    "{ services(first: 5) { edges { node { id title } } } }",
    {},
    {},
    signal,
  );
  if (!body.data?.services) throw Object.assign(new Error("read failed"), { body });
}

/** One client: alternates writes and reads until the load stops, recording every answer. */
async function client(number: number) {
  for (let request = 0; loadRunning; request++) {
    const kind = request % 2 === 0 ? "write" : "read";
    const started = performance.now();
    const startedIn = phase;
    const signal = AbortSignal.timeout(30_000);
    try {
      if (kind === "write")
        acknowledged.push(await writer.create(`Wytchnienie ${number}-${request}`, signal));
      else await read(signal);
      outcomes.push({ phase: startedIn, kind, ms: performance.now() - started, ok: true, codes: [] });
    } catch (error) {
      outcomes.push({
        phase: startedIn,
        kind,
        ms: performance.now() - started,
        ok: false,
        codes: codesOf(error),
      });
      // An error while the database is down comes back at once; do not spin on it.
      await new Promise((wait) => setTimeout(wait, 50));
    }
  }
}

function codesOf(error: unknown): string[] {
  const body = (error as { body?: { errors?: { extensions?: { code?: string } }[] } }).body;
  if (body?.errors) return body.errors.map((entry) => entry.extensions?.code ?? "?");
  const message = error instanceof Error ? error.message : String(error);
  const codes = [...message.matchAll(/"code":"([A-Z_]+)"/g)].map((match) => match[1]!);
  return codes.length > 0 ? codes : [message.slice(0, 120)];
}

beforeAll(async () => {
  services = await startFaultServices("pg_restart");
  api = await startHubLikeApi(services.database);
  writer = await prepareServiceWriter(services.database, api);
}, 120_000);

afterAll(async () => {
  loadRunning = false;
  await api?.stop();
  await services?.stop();
});

describe("PostgreSQL restarted under load", () => {
  let load: Promise<unknown>;
  let firstAfterRestart: Outcome | undefined;

  it("answers every request within 5 s while the database is down, with a clear error", async () => {
    load = Promise.all(Array.from({ length: CLIENTS }, (_, number) => client(number)));
    await waitFor("the load to write", async () => acknowledged.length >= 4);

    await services.killPostgres();
    phase = "down";
    const downFrom = outcomes.length;
    await waitFor(
      "requests answered while the database is down",
      async () => outcomes.slice(downFrom).filter((outcome) => outcome.phase === "down").length >= 20,
    );

    const down = outcomes.filter((outcome) => outcome.phase === "down");
    expect(down.every((outcome) => !outcome.ok)).toBe(true);
    expect(Math.max(...down.map((outcome) => outcome.ms))).toBeLessThan(ANSWER_WITHIN_MS);
    expect(new Set(down.flatMap((outcome) => outcome.codes))).toEqual(new Set(["SERVICE_UNAVAILABLE"]));
    // Requests already running when the database died were answered as quickly, and as clearly.
    const failed = outcomes.filter((outcome) => !outcome.ok);
    expect(Math.max(...failed.map((outcome) => outcome.ms))).toBeLessThan(ANSWER_WITHIN_MS);
    expect(new Set(failed.flatMap((outcome) => outcome.codes))).toEqual(new Set(["SERVICE_UNAVAILABLE"]));
  }, 60_000);

  it("recovers once the database is back, without a restart of the API", async () => {
    await services.startPostgres();
    phase = "after";
    await waitFor("answers after the restart", async () =>
      outcomes.some((outcome) => outcome.phase === "after"),
    );
    firstAfterRestart = outcomes.find((outcome) => outcome.phase === "after");
    await waitFor(
      "reads and writes after the restart",
      async () => outcomes.filter((outcome) => outcome.phase === "after" && outcome.ok).length >= 4,
    );
    loadRunning = false;
    await load;

    const after = outcomes.filter((outcome) => outcome.phase === "after");
    expect(firstAfterRestart).toMatchObject({ ok: true });
    expect(after.filter((outcome) => !outcome.ok)).toEqual([]);
  }, 60_000);

  it("keeps every write it acknowledged", async () => {
    const { rows } = await services.database.pool.query<{ id: string }>(
      "select id::text from service where id = any($1::uuid[])",
      [acknowledged],
    );
    expect(acknowledged.length).toBeGreaterThan(4);
    expect(rows.map((row) => row.id).sort()).toEqual([...acknowledged].sort());
  });
});
