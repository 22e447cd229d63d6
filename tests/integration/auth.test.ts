import { spawn } from "node:child_process";
import { join } from "node:path";
import {
  AuthService,
  createUser,
  hashSessionToken,
  INVALID_CREDENTIALS_MESSAGE,
  type RunningApi,
} from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { REPO_ROOT } from "../support/paths";
import {
  createTestDatabase,
  graphqlExchange,
  graphqlRequest,
  startTestApi,
  type TestDatabase,
} from "../support/test-hub";

let database: TestDatabase;
let api: RunningApi;
let annaId: string;

const ANNA = { email: "Anna.Nowak@example.pl", password: "zielona łąka nad Narwią" };

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    user { id email displayName role }
    token
    expiresAt
    userErrors { field message }
  }
}`;
const ME = `{ me { id email displayName role } }`;
const LOGOUT = `mutation { logout { ok } }`;

interface LoginData {
  login: {
    user: { id: string; email: string; displayName: string; role: string } | null;
    token: string | null;
    expiresAt: string | null;
    userErrors: { field: string[]; message: string }[];
  };
}
interface MeData {
  me: { id: string; email: string; displayName: string; role: string } | null;
}

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  graphqlExchange<LoginData>(api, LOGIN, { email, password }, headers);
const me = async (headers: Record<string, string> = {}) =>
  (await graphqlRequest<MeData>(api, ME, {}, headers)).data?.me ?? null;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function signIn(email = ANNA.email, password = ANNA.password): Promise<string> {
  const { body } = await login(email, password);
  expect(body.data?.login.userErrors).toEqual([]);
  return body.data!.login.token!;
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startTestApi(database);
  const anna = await createUser(database.orm.em.fork(), {
    email: ANNA.email,
    displayName: "Anna Nowak",
    role: "ADMIN",
    password: ANNA.password,
  });
  annaId = anna.id;
});
afterAll(async () => {
  await api.stop();
  await database.drop();
});

describe("login", () => {
  it("refuses a wrong password and an unknown e-mail with the same message, and no token", async () => {
    const expected = {
      user: null,
      token: null,
      expiresAt: null,
      userErrors: [{ field: ["password"], message: INVALID_CREDENTIALS_MESSAGE }],
    };
    const wrongPassword = await login(ANNA.email, "not the right password");
    expect(wrongPassword.body).toEqual({ data: { login: expected }, extensions: expect.anything() });
    expect(wrongPassword.headers.getSetCookie()).toEqual([]);
    const unknownEmail = await login("nobody@example.pl", ANNA.password);
    expect(unknownEmail.body).toEqual({ data: { login: expected }, extensions: expect.anything() });
  });

  it("signs in (e-mail in any case): user, token, expiry in 12 hours and an HttpOnly SameSite=Lax cookie", async () => {
    const before = Date.now();
    const { body, headers } = await login("anna.nowak@EXAMPLE.pl", ANNA.password);
    const payload = body.data!.login;
    expect(payload.userErrors).toEqual([]);
    expect(payload.user).toEqual({
      id: Buffer.from(`User:${annaId}`).toString("base64url"),
      email: ANNA.email,
      displayName: "Anna Nowak",
      role: "ADMIN",
    });
    expect(payload.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const expiresIn = Date.parse(payload.expiresAt!) - before;
    expect(expiresIn).toBeGreaterThan(12 * 3600_000 - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(12 * 3600_000 + 60_000);

    const cookies = headers.getSetCookie();
    expect(cookies).toHaveLength(1);
    const attributes = cookies[0]!.split(";").map((part) => part.trim());
    expect(attributes[0]).toBe(`obs_session=${payload.token}`);
    expect(attributes).toEqual(expect.arrayContaining(["HttpOnly", "SameSite=Lax", "Path=/"]));
    expect(attributes).not.toContain("Secure");
    const maxAge = Number(attributes.find((part) => part.startsWith("Max-Age="))!.slice("Max-Age=".length));
    expect(maxAge).toBeGreaterThan(12 * 3600 - 60);
    expect(maxAge).toBeLessThanOrEqual(12 * 3600);
  });

  it("marks the cookie Secure when the request came over HTTPS through a proxy", async () => {
    const { headers } = await login(ANNA.email, ANNA.password, { "x-forwarded-proto": "https" });
    expect(headers.getSetCookie()[0]).toMatch(/; Secure$/);
  });

  it("stores only the SHA-256 of the token, and records the time of the sign-in", async () => {
    const token = await signIn();
    const { rows } = await database.pool.query<{ token_hash: string }>(
      "select token_hash from user_session where user_id = $1",
      [annaId],
    );
    const stored = rows.map((row) => row.token_hash);
    expect(stored).toContain(hashSessionToken(token));
    expect(stored).not.toContain(token);
    const { rows: users } = await database.pool.query<{ last_login_at: Date | null }>(
      "select last_login_at from app_user where id = $1",
      [annaId],
    );
    expect(Date.now() - users[0]!.last_login_at!.getTime()).toBeLessThan(60_000);
  });
});

describe("me and logout", () => {
  it("knows the user from the bearer token and from the cookie; null when anonymous or forged", async () => {
    const token = await signIn();
    const anna = {
      id: Buffer.from(`User:${annaId}`).toString("base64url"),
      email: ANNA.email,
      displayName: "Anna Nowak",
      role: "ADMIN",
    };
    expect(await me(bearer(token))).toEqual(anna);
    expect(await me({ cookie: `theme=dark; obs_session=${token}` })).toEqual(anna);
    expect(await me()).toBeNull();
    expect(await me(bearer("A".repeat(43)))).toBeNull();
    expect(await me(bearer("not-a-token"))).toBeNull();
    expect(await graphqlRequest(api, ME)).toEqual({ data: { me: null }, extensions: expect.anything() });
  });

  it("logs out: the token stops working and the cookie is cleared", async () => {
    const token = await signIn();
    const other = await signIn();
    const { body, headers } = await graphqlExchange(api, LOGOUT, {}, bearer(token));
    expect(body).toEqual({ data: { logout: { ok: true } }, extensions: expect.anything() });
    expect(headers.getSetCookie()).toEqual(["obs_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"]);
    expect(await me(bearer(token))).toBeNull();
    expect(await me({ cookie: `obs_session=${token}` })).toBeNull();
    expect(await me(bearer(other))).not.toBeNull(); // other sessions of the same user go on
  });

  it("logging out anonymously is harmless", async () => {
    expect(await graphqlRequest(api, LOGOUT)).toEqual({
      data: { logout: { ok: true } },
      extensions: expect.anything(),
    });
  });
});

describe("sessions (service, with a clock)", () => {
  it("end 12 hours after sign-in; last_seen_at is written at most once a minute", async () => {
    const signedInAt = new Date("2030-01-01T08:00:00Z");
    let now = signedInAt;
    // Idle expiry is tested in auth-sessions.test.ts; here the session is never idle long enough.
    const auth = new AuthService(database.orm.em.fork(), () => now, {
      lifetimeMs: 12 * 60 * 60 * 1000,
      idleTimeoutMs: 24 * 60 * 60 * 1000,
    });
    const result = await auth.login(ANNA.email, ANNA.password, "127.0.0.1");
    if (!result.ok) throw new Error("sign-in failed");
    expect(result.expiresAt.toISOString()).toBe("2030-01-01T20:00:00.000Z");
    const lastSeen = async () =>
      (
        await database.pool.query<{ last_seen_at: Date }>(
          "select last_seen_at from user_session where token_hash = $1",
          [hashSessionToken(result.token)],
        )
      ).rows[0]!.last_seen_at.toISOString();

    now = new Date("2030-01-01T08:00:59Z");
    expect(await auth.authenticate(result.token)).toMatchObject({ id: annaId });
    expect(await lastSeen()).toBe("2030-01-01T08:00:00.000Z");
    now = new Date("2030-01-01T08:01:00Z");
    await auth.authenticate(result.token);
    expect(await lastSeen()).toBe("2030-01-01T08:01:00.000Z");

    now = new Date("2030-01-01T19:59:59.999Z");
    expect(await auth.authenticate(result.token)).not.toBeNull();
    now = new Date("2030-01-01T20:00:00Z");
    expect(await auth.authenticate(result.token)).toBeNull();
  });

  it("refuses an inactive user with the generic message and ends their sessions' use", async () => {
    const em = database.orm.em.fork();
    const user = await createUser(em, {
      email: "inactive@example.pl",
      displayName: "Nieaktywny",
      role: "EDITOR",
      password: "an inactive password",
    });
    const token = await signIn("inactive@example.pl", "an inactive password");
    await database.pool.query("update app_user set is_active = false where id = $1", [user.id]);
    expect(await me(bearer(token))).toBeNull();
    const { body } = await login("inactive@example.pl", "an inactive password");
    expect(body.data?.login.userErrors).toEqual([
      { field: ["password"], message: INVALID_CREDENTIALS_MESSAGE },
    ]);
  });
});

describe("sign-in throttling", () => {
  const TOO_MANY = /^Too many failed sign-in attempts; try again in \d+ seconds?$/;

  it("refuses the 6th attempt after 5 failures for an e-mail, even with the right password", async () => {
    await createUser(database.orm.em.fork(), {
      email: "target@example.pl",
      displayName: "Cel Ataku",
      role: "EDITOR",
      password: "the right password",
    });
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const { body } = await login("target@example.pl", `wrong guess ${attempt}`);
      expect(body.data?.login.userErrors[0]?.message, `attempt ${attempt}`).toBe(INVALID_CREDENTIALS_MESSAGE);
    }
    const sixth = await login("TARGET@example.pl", "the right password");
    expect(sixth.body.data?.login).toMatchObject({ token: null, user: null });
    expect(sixth.body.data?.login.userErrors).toEqual([
      { field: [], message: expect.stringMatching(TOO_MANY) },
    ]);
    expect(sixth.headers.getSetCookie()).toEqual([]);
    // Another user is not affected.
    expect(await signIn()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("lets no more than 5 of many simultaneous guesses through to the password check", async () => {
    await createUser(database.orm.em.fork(), {
      email: "parallel@example.pl",
      displayName: "Równoległy",
      role: "EDITOR",
      password: "the parallel password",
    });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, guess) => login("parallel@example.pl", `parallel guess ${guess}`)),
    );
    const messages = answers.map(({ body }) => body.data!.login.userErrors[0]!.message);
    expect(messages.filter((message) => message === INVALID_CREDENTIALS_MESSAGE)).toHaveLength(5);
    expect(messages.filter((message) => TOO_MANY.test(message))).toHaveLength(15);
  });

  it("throttles a client address over all e-mails, not another address (X-Forwarded-For from the site)", async () => {
    const fromAttacker = { "x-forwarded-for": "203.0.113.66" };
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const { body } = await login(`guess${attempt}@example.pl`, "whatever password", fromAttacker);
      expect(body.data?.login.userErrors[0]?.message).toBe(INVALID_CREDENTIALS_MESSAGE);
    }
    const blocked = await login(ANNA.email, ANNA.password, fromAttacker);
    expect(blocked.body.data?.login.userErrors[0]?.message).toMatch(TOO_MANY);
    const elsewhere = await login(ANNA.email, ANNA.password, { "x-forwarded-for": "198.51.100.7" });
    expect(elsewhere.body.data?.login.userErrors).toEqual([]);
  });

  it("does not count a successful sign-in against the client address", async () => {
    const office = { "x-forwarded-for": "192.0.2.44" };
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await login(`typo${attempt}@example.pl`, "whatever password", office);
    }
    expect((await login(ANNA.email, ANNA.password, office)).body.data?.login.userErrors).toEqual([]);
    const fifthFailure = await login("typo5@example.pl", "whatever password", office);
    expect(fifthFailure.body.data?.login.userErrors[0]?.message).toBe(INVALID_CREDENTIALS_MESSAGE);
  });

  it("blocks for 1 s, 2 s, 4 s … at most 15 minutes; a success resets the e-mail; old failures are forgotten", async () => {
    await createUser(database.orm.em.fork(), {
      email: "clock@example.pl",
      displayName: "Zegar",
      role: "EDITOR",
      password: "the clock password",
    });
    const start = Date.parse("2031-05-01T10:00:00Z");
    let now = new Date(start);
    const auth = new AuthService(database.orm.em.fork(), () => now);
    const attempt = async (password: string) => {
      const result = await auth.login("clock@example.pl", password, "127.0.0.1");
      return result.ok ? "ok" : result.userErrors[0]!.message;
    };
    const wait = (seconds: number) =>
      `Too many failed sign-in attempts; try again in ${seconds} second${seconds === 1 ? "" : "s"}`;

    for (let failure = 1; failure <= 5; failure += 1)
      expect(await attempt("wrong")).toBe(INVALID_CREDENTIALS_MESSAGE);
    expect(await attempt("the clock password")).toBe(wait(1));
    now = new Date(start + 1_000);
    expect(await attempt("wrong")).toBe(INVALID_CREDENTIALS_MESSAGE); // 6th failure: 2 s
    expect(await attempt("wrong")).toBe(wait(2));
    now = new Date(start + 3_000);
    expect(await attempt("wrong")).toBe(INVALID_CREDENTIALS_MESSAGE); // 7th failure: 4 s
    expect(await attempt("wrong")).toBe(wait(4));

    for (let failure = 8; failure <= 20; failure += 1) {
      now = new Date(now.getTime() + 3_600_000);
      expect(await attempt("wrong")).toBe(INVALID_CREDENTIALS_MESSAGE);
    }
    expect(await attempt("the clock password")).toBe(wait(900)); // never more than 15 minutes
    now = new Date(now.getTime() + 900_000);
    expect(await attempt("the clock password")).toBe("ok");
    expect(await attempt("wrong")).toBe(INVALID_CREDENTIALS_MESSAGE); // counting starts again

    for (let failure = 2; failure <= 4; failure += 1)
      expect(await attempt("wrong")).toBe(INVALID_CREDENTIALS_MESSAGE);
    now = new Date(now.getTime() + 25 * 3_600_000); // a day without failures: forgotten
    expect(await attempt("wrong")).toBe(INVALID_CREDENTIALS_MESSAGE);
    expect(await attempt("the clock password")).toBe("ok");
  });
});

describe("createUser", () => {
  const valid = {
    email: "nowy@example.pl",
    displayName: "Nowy Redaktor",
    role: "EDITOR",
    password: "a long enough password",
  };
  const rejection = (input: Partial<typeof valid>) =>
    createUser(database.orm.em.fork(), { ...valid, ...input }).then(
      () => null,
      (error: { field?: string; message: string }) => ({ field: error.field, message: error.message }),
    );

  it("rejects bad input naming the field", async () => {
    expect(await rejection({ password: "too short" })).toEqual({
      field: "password",
      message: "password: must be at least 12 characters long",
    });
    expect(await rejection({ email: "not-an-email" })).toMatchObject({ field: "email" });
    expect(await rejection({ email: "a@b" })).toMatchObject({ field: "email" });
    expect(await rejection({ displayName: "   " })).toMatchObject({ field: "displayName" });
    expect(await rejection({ role: "SUPERUSER" })).toMatchObject({ field: "role" });
    expect(await rejection({ email: "ANNA.NOWAK@example.pl" })).toEqual({
      field: "email",
      message: "email: is already used by another user",
    });
  });

  it("writes an audit entry without the password hash", async () => {
    const user = await createUser(database.orm.em.fork(), valid);
    const { rows } = await database.pool.query<{
      action: string;
      before: unknown;
      after: Record<string, unknown>;
    }>("select action, before, after from audit_entry where entity_type = 'User' and entity_id = $1", [
      user.id,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "USER_CREATED",
      before: null,
      after: {
        id: user.id,
        email: "nowy@example.pl",
        displayName: "Nowy Redaktor",
        role: "EDITOR",
        isActive: true,
      },
    });
    expect(JSON.stringify(rows[0])).not.toMatch(/scrypt|password/i);
  });
});

describe("audit_entry", () => {
  it("is append-only: rows cannot be updated, deleted or truncated", async () => {
    const { rows } = await database.pool.query<{ count: number }>(
      "select count(*)::int as count from audit_entry",
    );
    expect(rows[0]!.count).toBeGreaterThan(0);
    await expect(database.pool.query("update audit_entry set action = 'TAMPERED'")).rejects.toThrow(
      /append-only/,
    );
    await expect(database.pool.query("delete from audit_entry")).rejects.toThrow(/append-only/);
    await expect(database.pool.query("truncate audit_entry")).rejects.toThrow(/append-only/);
  });
});

describe("npm run user:create", () => {
  const script = join(REPO_ROOT, "packages/server/src/cli/create-user.ts");
  const run = (args: string[], extraEnv: Record<string, string>, stdin = "") =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const { OBSERWATORIUM_USER_PASSWORD: _ignored, ...inherited } = process.env;
      const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
        cwd: REPO_ROOT,
        env: {
          ...inherited,
          DATABASE_URL: database.url,
          MEILI_URL: inject("meiliUrl"),
          MEILI_MASTER_KEY: inject("meiliApiKey"),
          MEILI_INDEX_PREFIX: database.indexPrefix,
          ...extraEnv,
        },
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(stdin);
    });

  it("creates a user who can then sign in; the password is never printed", async () => {
    const password = "hasło z linii poleceń";
    const result = await run(
      ["--email", "jan.kowalski@example.pl", "--name", "Jan Kowalski", "--role", "EDITOR"],
      {
        OBSERWATORIUM_USER_PASSWORD: password,
      },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Created EDITOR jan\.kowalski@example\.pl \(id [0-9a-f-]{36}\)\n$/);
    expect(result.stdout + result.stderr).not.toContain(password);
    const { body } = await login("jan.kowalski@example.pl", password);
    expect(body.data?.login.user).toMatchObject({
      email: "jan.kowalski@example.pl",
      displayName: "Jan Kowalski",
      role: "EDITOR",
    });
  });

  it("reads the password from stdin when it is not a terminal, and reports a bad one", async () => {
    const ok = await run(["--email", "stdin@example.pl", "--name", "Z Potoku"], {}, "password from a pipe\n");
    expect(ok).toMatchObject({ code: 0, stderr: "" });
    expect(ok.stdout).toMatch(/^Created EDITOR stdin@example\.pl/);

    const short = await run(["--email", "short@example.pl", "--name", "Za Krótkie"], {}, "short\n");
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("password: must be at least 12 characters long");
  });

  it("explains its usage when an argument is missing or wrong", async () => {
    const missing = await run(["--name", "Bez Adresu"], {
      OBSERWATORIUM_USER_PASSWORD: "irrelevant password",
    });
    expect(missing.code).toBe(64);
    expect(missing.stderr).toMatch(/--email and --name are required/);
    const badRole = await run(["--email", "x@example.pl", "--name", "X", "--role", "ROOT"], {});
    expect(badRole.code).toBe(64);
    expect(badRole.stderr).toMatch(/--role must be one of ADMIN, EDITOR/);
  });
});
