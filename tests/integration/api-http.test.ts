import { createHash } from "node:crypto";
import { createUser, importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlExchange, startTestApi, type TestDatabase } from "../support/test-hub";

// GraphQL over HTTP as Apollo Server 5 and the API's own plugins serve it: GET for queries
// (cacheable when anonymous), POST for everything, automatic persisted queries, CORS per origin.

const PARTNER = "https://partner.example.pl";
const USER = { email: "http.redakcja@example.pl", password: "zielona łąka nad Narwią" };
const QUERY = `query Lapy { territorialUnit(code: "2002063") { code name } }`;
// Apollo's CSRF prevention lets GET run only with a header a plain link or form cannot send.
const GET_HEADERS = { "apollo-require-preflight": "true" };

let database: TestDatabase;
let api: RunningApi;
let bearer: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database, { corsOrigins: [PARTNER] });
  await createUser(database.orm.em.fork(), { ...USER, displayName: "Redakcja", role: "EDITOR" });
  const { body } = await graphqlExchange<{ login: { token: string } }>(
    api,
    `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
    USER,
  );
  bearer = { authorization: `Bearer ${body.data!.login.token}` };
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

function getUrl(params: Record<string, unknown>): URL {
  const url = new URL(api.url);
  for (const [name, value] of Object.entries(params)) {
    url.searchParams.set(name, typeof value === "string" ? value : JSON.stringify(value));
  }
  return url;
}

describe("GET", () => {
  it("answers an anonymous query, cacheable by shared caches for 60 seconds", async () => {
    const response = await fetch(getUrl({ query: QUERY }), { headers: GET_HEADERS });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("max-age=60, public");
    expect(response.headers.get("vary")).toBe("Accept, Authorization, Cookie, Origin, X-API-Key");
    expect(await response.json()).toMatchObject({
      data: { territorialUnit: { code: "2002063", name: "Łapy" } },
    });
  });

  it("keeps a signed-in caller's answer out of shared caches", async () => {
    const response = await fetch(getUrl({ query: QUERY }), { headers: { ...GET_HEADERS, ...bearer } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a mutation with 405 and runs nothing", async () => {
    const mutation = `mutation { logout { ok } }`;
    const response = await fetch(getUrl({ query: mutation }), { headers: { ...GET_HEADERS, ...bearer } });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    const stillSignedIn = await graphqlExchange<{ me: { email: string } | null }>(
      api,
      `{ me { email } }`,
      {},
      bearer,
    );
    expect(stillSignedIn.body.data?.me?.email).toBe(USER.email);
  });

  it("refuses a simple GET without the preflight header (CSRF) and a GET with a body type, 415", async () => {
    expect((await fetch(getUrl({ query: QUERY }))).status).toBe(400);
    const typed = await fetch(getUrl({ query: QUERY }), {
      headers: { ...GET_HEADERS, "content-type": "text/plain" },
    });
    expect(typed.status).toBe(415);
  });
});

describe("POST", () => {
  it("is never cached and answers application/json, or application/graphql-response+json when asked", async () => {
    const { status, headers } = await graphqlExchange(api, QUERY);
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("no-store");
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    const asked = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(asked.headers.get("content-type")).toBe("application/graphql-response+json; charset=utf-8");
  });

  it("refuses a body that is not JSON with 400, and an invalid document with 400", async () => {
    const xml = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/xml" },
      body: `<query>{ territorialUnit(code: "20") { code } }</query>`,
    });
    expect(xml.status).toBe(400);
    const invalid = await graphqlExchange(api, `{ territorialUnit(code: "20") { nope } }`);
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("automatic persisted queries", () => {
  it("asks for an unknown hash, learns it from a full request, then answers the hash alone by GET, cacheable", async () => {
    const sha256Hash = createHash("sha256").update(QUERY).digest("hex");
    const extensions = { persistedQuery: { version: 1, sha256Hash } };

    const unknown = await fetch(getUrl({ extensions }), { headers: GET_HEADERS });
    expect(unknown.status).toBe(200);
    expect(await unknown.json()).toMatchObject({
      errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }],
    });

    const registered = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY, extensions }),
    });
    expect(registered.status).toBe(200);

    const byHash = await fetch(getUrl({ extensions }), { headers: GET_HEADERS });
    expect(byHash.status).toBe(200);
    expect(byHash.headers.get("cache-control")).toBe("max-age=60, public");
    expect(await byHash.json()).toMatchObject({ data: { territorialUnit: { name: "Łapy" } } });
  });

  it("refuses a query that does not match its hash", async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } };
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY, extensions }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ message: "provided sha does not match query", extensions: { code: "BAD_REQUEST" } }],
    });
  });
});

describe("CORS", () => {
  const preflight = (origin: string) =>
    fetch(api.url, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });

  it("lets a listed origin call: preflight 204 with its origin, methods and headers; the answer names it", async () => {
    const allowed = await preflight(PARTNER);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(PARTNER);
    expect(allowed.headers.get("access-control-allow-methods")).toBe("GET, POST");
    expect(allowed.headers.get("access-control-allow-headers")).toContain("content-type");
    expect(allowed.headers.get("access-control-allow-headers")).toContain("x-api-key");
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
    expect(allowed.headers.get("vary")).toBe("Origin");
    const { headers } = await graphqlExchange(api, QUERY, {}, { origin: PARTNER });
    expect(headers.get("access-control-allow-origin")).toBe(PARTNER);
    expect(headers.get("access-control-expose-headers")).toContain("retry-after");
  });

  it("gives any other origin no CORS permission", async () => {
    const refused = await preflight("https://evil.example");
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    const { headers } = await graphqlExchange(api, QUERY, {}, { origin: "https://evil.example" });
    expect(headers.get("access-control-allow-origin")).toBeNull();
  });
});
