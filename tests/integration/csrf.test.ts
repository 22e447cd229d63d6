import { createUser, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, graphqlExchange, startTestApi, type TestDatabase } from "../support/test-hub";

// The API also signs in browsers with a cookie (obs_session). A page on another site can make the
// browser send that cookie with a "simple" request (a form post, text/plain fetch): such requests
// must never write.

let database: TestDatabase;
let api: RunningApi;
let sessionCookie: string;

const ADMIN = { email: "admin.csrf@example.pl", password: "zielona łąka nad Narwią" };
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { message } } }`;
const newUser = (email: string) => ({
  input: { email, displayName: "Jan Intruz", role: "ADMIN", password: "bardzo długie hasło intruza" },
});

async function userExists(email: string): Promise<boolean> {
  const { rows } = await database.pool.query("select 1 from app_user where lower(email) = lower($1)", [
    email,
  ]);
  return rows.length > 0;
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startTestApi(database);
  await createUser(database.orm.em.fork(), { ...ADMIN, displayName: "Administrator", role: "ADMIN" });
  const { headers, body } = await graphqlExchange<{ login: { token: string | null } }>(
    api,
    `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
    ADMIN,
  );
  expect(body.data?.login.token).toBeTruthy();
  sessionCookie = headers.getSetCookie()[0]!.split(";")[0]!;
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("cookie-authenticated writes from another site", () => {
  it("refuses a mutation sent as a simple request (text/plain, form encoding) and writes nothing", async () => {
    const body = JSON.stringify({ query: CREATE_USER, variables: newUser("csrf-plain@example.pl") });
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded"]) {
      const response = await fetch(api.url, {
        method: "POST",
        headers: { "content-type": contentType, cookie: sessionCookie, origin: "https://evil.example" },
        body,
      });
      expect(response.status, contentType).toBe(400);
    }
    expect(await userExists("csrf-plain@example.pl")).toBe(false);
  });

  it("refuses a mutation in a GET link", async () => {
    const url = new URL(api.url);
    url.searchParams.set("query", CREATE_USER);
    url.searchParams.set("variables", JSON.stringify(newUser("csrf-get@example.pl")));
    const response = await fetch(url, { headers: { cookie: sessionCookie } });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await userExists("csrf-get@example.pl")).toBe(false);
  });

  it("answers no cross-origin permission, so another site's script cannot read or send JSON with the cookie", async () => {
    const preflight = await fetch(api.url, {
      method: "OPTIONS",
      headers: {
        origin: "https://evil.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("accepts the same mutation as JSON with the cookie (what the site's own code sends)", async () => {
    const { body } = await graphqlExchange<{ createUser: { user: { id: string } | null } }>(
      api,
      CREATE_USER,
      newUser("csrf-json@example.pl"),
      { cookie: sessionCookie },
    );
    expect(body.data?.createUser.user?.id).toBeTruthy();
    expect(await userExists("csrf-json@example.pl")).toBe(true);
  });

  it("refuses a cookie-authenticated multipart upload without the preflight header, allows it with it", async () => {
    const form = () => {
      const data = new FormData();
      data.append("file", new Blob(["%PDF-1.4"]), "plan.pdf");
      return data;
    };
    const target = new URL(
      "/files/documents/RG9jdW1lbnQ6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw",
      api.url,
    );
    const forged = await fetch(target, { method: "POST", headers: { cookie: sessionCookie }, body: form() });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe("CSRF_CHECK_FAILED");
    const own = await fetch(target, {
      method: "POST",
      headers: { cookie: sessionCookie, "apollo-require-preflight": "true" },
      body: form(),
    });
    // Past the CSRF check: the made-up document does not exist.
    expect(own.status).toBe(404);
  });
});
