import { AuthService, createUser, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  graphqlExchange,
  graphqlRequest,
  startTestApi,
  type TestDatabase,
} from "../support/test-hub";
import { errorCode, signInAs, USER_PASSWORD, type SignedInUser } from "../support/user-session";

let database: TestDatabase;
let api: RunningApi;
let admin: SignedInUser;

const ME = `{ me { email } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const LOGOUT_EVERYWHERE = `mutation { logoutEverywhere { endedSessions userErrors { field message } } }`;
const END_USER_SESSIONS = `mutation ($userId: ID!) {
  endUserSessions(userId: $userId) { endedSessions userErrors { field message } } }`;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const userGlobalId = (uuid: string) => Buffer.from(`User:${uuid}`).toString("base64url");

async function me(headers: Record<string, string>): Promise<string | null> {
  const response = await graphqlRequest<{ me: { email: string } | null }>(api, ME, {}, headers);
  return response.data?.me?.email ?? null;
}

async function anotherSession(email: string): Promise<Record<string, string>> {
  const response = await graphqlRequest<{ login: { token: string } }>(api, LOGIN, {
    email,
    password: USER_PASSWORD,
  });
  return bearer(response.data!.login.token);
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startTestApi(database);
  admin = await signInAs(database, api, "ADMIN");
});
afterAll(async () => {
  await api.stop();
  await database.drop();
});

describe("logoutEverywhere", () => {
  it("ends every session of the caller, not others', and clears the cookie", async () => {
    const editor = await signInAs(database, api, "EDITOR");
    const laptop = await anotherSession(editor.email);
    const other = await signInAs(database, api, "EDITOR");
    expect(await me(laptop)).toBe(editor.email);

    const { body, headers } = await graphqlExchange<{ logoutEverywhere: unknown }>(
      api,
      LOGOUT_EVERYWHERE,
      {},
      editor.headers,
    );
    expect(body.data?.logoutEverywhere).toEqual({ endedSessions: 2, userErrors: [] });
    expect(headers.getSetCookie()).toEqual([
      expect.stringMatching(/^obs_session=; Path=\/; Max-Age=0; HttpOnly/),
    ]);
    expect(await me(editor.headers)).toBeNull();
    expect(await me(laptop)).toBeNull();
    expect(await me(other.headers)).toBe(other.email);
    const audit = await database.pool.query(
      "select actor_user_id, entity_id from audit_entry where action = 'USER_SESSIONS_ENDED'",
    );
    expect(audit.rows).toEqual([{ actor_user_id: editor.id, entity_id: editor.id }]);
  });

  it("needs a signed-in caller", async () => {
    expect(errorCode(await graphqlRequest(api, LOGOUT_EVERYWHERE))).toBe("UNAUTHENTICATED");
  });
});

describe("endUserSessions", () => {
  it("lets an administrator end another user's sessions", async () => {
    const rep = await signInAs(database, api, "EDITOR");
    const second = await anotherSession(rep.email);
    const response = await graphqlRequest<{ endUserSessions: unknown }>(
      api,
      END_USER_SESSIONS,
      { userId: userGlobalId(rep.id) },
      admin.headers,
    );
    expect(response.data?.endUserSessions).toEqual({ endedSessions: 2, userErrors: [] });
    expect(await me(rep.headers)).toBeNull();
    expect(await me(second)).toBeNull();
    expect(await me(admin.headers)).toBe(admin.email);
  });

  it("is for administrators only, and names a wrong user ID", async () => {
    const editor = await signInAs(database, api, "EDITOR");
    const variables = { userId: userGlobalId(admin.id) };
    expect(errorCode(await graphqlRequest(api, END_USER_SESSIONS, variables))).toBe("UNAUTHENTICATED");
    expect(errorCode(await graphqlRequest(api, END_USER_SESSIONS, variables, editor.headers))).toBe(
      "FORBIDDEN",
    );
    expect(await me(admin.headers)).toBe(admin.email);
    const unknown = await graphqlRequest<{ endUserSessions: unknown }>(
      api,
      END_USER_SESSIONS,
      { userId: userGlobalId("00000000-0000-4000-8000-000000000000") },
      admin.headers,
    );
    expect(unknown.data?.endUserSessions).toEqual({
      endedSessions: 0,
      userErrors: [{ field: ["userId"], message: "no user has this ID" }],
    });
  });
});

describe("session expiry (service, with a clock)", () => {
  const MINUTE = 60 * 1000;
  const policy = { lifetimeMs: 8 * 60 * MINUTE, idleTimeoutMs: 30 * MINUTE };

  it("ends a session unused for the idle timeout, however young", async () => {
    await createUser(database.orm.em.fork(), {
      email: "idle@example.pl",
      displayName: "Ida Bezczynna",
      role: "EDITOR",
      password: USER_PASSWORD,
    });
    const signedInAt = Date.parse("2030-03-01T08:00:00Z");
    let now = new Date(signedInAt);
    const auth = new AuthService(database.orm.em.fork(), () => now, policy);
    const result = await auth.login("idle@example.pl", USER_PASSWORD, "127.0.0.1");
    if (!result.ok) throw new Error("sign-in failed");
    expect(result.expiresAt.toISOString()).toBe("2030-03-01T16:00:00.000Z");

    // Each use within 30 minutes keeps it alive…
    for (const minutes of [29, 58, 87]) {
      now = new Date(signedInAt + minutes * MINUTE);
      expect(await auth.authenticate(result.token)).not.toBeNull();
    }
    // …30 minutes without one ends it for good.
    now = new Date(signedInAt + (87 + 30) * MINUTE);
    expect(await auth.authenticate(result.token)).toBeNull();
  });

  it("ends an active session at its lifetime all the same", async () => {
    const signedInAt = Date.parse("2030-03-02T08:00:00Z");
    let now = new Date(signedInAt);
    const auth = new AuthService(database.orm.em.fork(), () => now, policy);
    const result = await auth.login("idle@example.pl", USER_PASSWORD, "127.0.0.1");
    if (!result.ok) throw new Error("sign-in failed");
    for (let minutes = 20; minutes < 8 * 60; minutes += 20) {
      now = new Date(signedInAt + minutes * MINUTE);
      expect(await auth.authenticate(result.token)).not.toBeNull();
    }
    now = new Date(signedInAt + 8 * 60 * MINUTE);
    expect(await auth.authenticate(result.token)).toBeNull();
  });
});
