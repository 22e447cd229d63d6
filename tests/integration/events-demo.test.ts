import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { loadDemoEventsIfEmpty } from "@obserwatorium/server/demo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

let database: TestDatabase;
let api: RunningApi;
const today = "2026-11-24";

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database, { now: () => new Date(`${today}T12:00:00Z`) });
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("demo events", () => {
  it("loads once into an empty calendar, marked as demo, with every state of registration", async () => {
    expect(await loadDemoEventsIfEmpty(database.orm.em.fork(), { today })).toEqual({
      events: 5,
      registrations: 42,
    });
    expect(await loadDemoEventsIfEmpty(database.orm.em.fork(), { today })).toBeNull();

    const response = await graphqlRequest<{
      events: {
        edges: {
          node: { slug: string; isDemo: boolean; registrationState: string; waitingListCount: number };
        }[];
      };
    }>(api, "{ events(first: 10) { edges { node { slug isDemo registrationState waitingListCount } } } }");
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.events.edges.map((edge) => edge.node);
    expect(nodes.every((node) => node.isDemo)).toBe(true);
    expect(Object.fromEntries(nodes.map((node) => [node.slug, node.registrationState]))).toEqual({
      "demo-wizyta-studyjna-dzienny-dom": "ENDED",
      "demo-webinar-cus": "OPEN",
      "demo-szkolenie-lpdi-krok-po-kroku": "OPEN",
      "demo-superwizja-grupowa-lomza": "WAITING_LIST_ONLY",
      "demo-targi-ekonomii-spolecznej-suwalki": "NOT_YET_OPEN",
    });
    expect(nodes.find((node) => node.slug === "demo-superwizja-grupowa-lomza")!.waitingListCount).toBe(3);
    const { rows } = await database.pool.query<{ email: string }>(
      `select email from event_registration r join event e on e.id = r.event_id
       where e.slug = 'demo-superwizja-grupowa-lomza' and r.status = 'WAITING_LIST' order by r.sequence`,
    );
    expect(rows.map((row) => row.email)).toEqual([
      "uczestnik21@example.pl",
      "uczestnik22@example.pl",
      "uczestnik23@example.pl",
    ]);
  });
});
