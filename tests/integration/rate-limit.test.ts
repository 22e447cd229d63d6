import type { RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  graphqlExchange,
  graphqlRequest,
  startTestApi,
  type TestDatabase,
} from "../support/test-hub";
import { signInAs } from "../support/user-session";

const WINDOW_SECONDS = 60;
const ANONYMOUS_POINTS = 30;
const KEY_POINTS = 50;
// Costs 1 + 5 × 2 (a page of five edges, each with its node).
const PAGE_QUERY = `{ organizations(first: 5) { edges { node { name } } } }`;

let database: TestDatabase;
let api: RunningApi;
let now = new Date("2026-11-23T10:00:00Z").getTime();

/** A caller of its own: the API trusts X-Forwarded-For from loopback, as the site sends it. */
const from = (address: string) => ({ "x-forwarded-for": address });

function budgetHeaders(headers: Headers) {
  return {
    limit: headers.get("ratelimit-limit"),
    remaining: headers.get("ratelimit-remaining"),
    reset: headers.get("ratelimit-reset"),
  };
}

/** Spends the whole budget, a page at a time and then a point at a time; the first refusal. */
async function spendAll(headers: Record<string, string>) {
  let firstRefusal;
  for (const query of [PAGE_QUERY, `{ __typename }`]) {
    for (let i = 0; i <= ANONYMOUS_POINTS; i++) {
      const answer = await graphqlExchange(api, query, {}, headers);
      if (answer.status === 429) {
        firstRefusal ??= answer;
        break;
      }
    }
  }
  if (!firstRefusal) throw new Error("never refused");
  return firstRefusal;
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startTestApi(database, {
    now: () => new Date(now),
    rateLimits: {
      windowSeconds: WINDOW_SECONDS,
      anonymousPoints: ANONYMOUS_POINTS,
      apiKeyPoints: KEY_POINTS,
    },
  });
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("the rate limit", () => {
  it("reports the budget on every answer; a GraphQL request spends its measured cost, at least 1", async () => {
    const cheap = await graphqlExchange(api, `{ __typename }`, {}, from("203.0.113.1"));
    expect(budgetHeaders(cheap.headers)).toEqual({ limit: "30", remaining: "29", reset: "60" });
    const page = await graphqlExchange(api, PAGE_QUERY, {}, from("203.0.113.1"));
    expect(page.body.extensions?.cost).toEqual({ requested: 11, maximum: 5000 });
    expect(page.headers.get("ratelimit-remaining")).toBe("18");
    const openData = await fetch(new URL("/open-data", api.url), { headers: from("203.0.113.1") });
    expect(budgetHeaders(openData.headers)).toMatchObject({ limit: "30", remaining: "17" });
  });

  it("answers a burst over the limit with 429, Retry-After and a RATE_LIMITED error, on every route", async () => {
    const refused = await spendAll(from("203.0.113.2"));
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(budgetHeaders(refused.headers)).toEqual({
      limit: "30",
      remaining: expect.any(String),
      reset: "60",
    });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(refused.body.data).toBeUndefined();

    // Once the last points are spent, even the cheapest request and other routes are refused.
    const empty = await graphqlExchange(api, `{ __typename }`, {}, from("203.0.113.2"));
    expect(empty.status).toBe(429);
    expect(empty.headers.get("ratelimit-remaining")).toBe("0");
    const openData = await fetch(new URL("/open-data", api.url), { headers: from("203.0.113.2") });
    expect(openData.status).toBe(429);
    expect(openData.headers.get("retry-after")).toBe("60");
    expect(await openData.json()).toMatchObject({ errors: [{ extensions: { code: "RATE_LIMITED" } }] });
  });

  it("keeps each address's budget apart", async () => {
    await spendAll(from("198.51.100.7"));
    const other = await graphqlExchange(api, PAGE_QUERY, {}, from("198.51.100.8"));
    expect(other.status).toBe(200);
    expect(other.headers.get("ratelimit-remaining")).toBe("19");
  });

  it("gives the whole budget back when the window ends", async () => {
    await spendAll(from("192.0.2.10"));
    now += 30_000;
    const halfway = await graphqlExchange(api, `{ __typename }`, {}, from("192.0.2.10"));
    expect(halfway.status).toBe(429);
    expect(halfway.headers.get("retry-after")).toBe("30");
    now += 30_000;
    const renewed = await graphqlExchange(api, `{ __typename }`, {}, from("192.0.2.10"));
    expect(renewed.status).toBe(200);
    expect(budgetHeaders(renewed.headers)).toEqual({ limit: "30", remaining: "29", reset: "60" });
  });

  it("gives a key its own budget, whatever address it comes from", async () => {
    const admin = await signInAs(database, api, "ADMIN");
    const created = await graphqlRequest<{ createApiKey: { key: string } }>(
      api,
      `mutation { createApiKey(input: { name: "Budżet", partner: "Test", scopes: [READ_PUBLIC] }) { key } }`,
      {},
      admin.headers,
    );
    const key = { "x-api-key": created.data!.createApiKey.key };
    await spendAll(from("192.0.2.20"));
    const withKey = await graphqlExchange(api, PAGE_QUERY, {}, { ...key, ...from("192.0.2.20") });
    expect(budgetHeaders(withKey.headers)).toMatchObject({ limit: "50", remaining: "39" });
    const elsewhere = await graphqlExchange(api, PAGE_QUERY, {}, { ...key, ...from("192.0.2.21") });
    expect(elsewhere.headers.get("ratelimit-remaining")).toBe("28");
  });
});
