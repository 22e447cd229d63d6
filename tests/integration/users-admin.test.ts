import {
  createUser,
  importTerytFile,
  INVALID_CREDENTIALS_MESSAGE,
  type RunningApi,
} from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationRow } from "../factories/service-rows";
import { TERYT_FILE } from "../support/paths";
import { SqlCounter } from "../support/sql-counter";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";
import { errorCode, signInAs, USER_PASSWORD, type SignedInUser } from "../support/user-session";

const sql = new SqlCounter();

let database: TestDatabase;
let api: RunningApi;
let admin: SignedInUser;
let editor: SignedInUser;
let rep: SignedInUser;
let organizationUuid: string;

const LIST_DOMAIN = "lista.example.pl";
const userGlobalId = (uuid: string) => Buffer.from(`User:${uuid}`).toString("base64url");

const USERS = `query ($first: Int!, $after: String, $role: UserRole, $query: String, $includeInactive: Boolean) {
  users(first: $first, after: $after, role: $role, query: $query, includeInactive: $includeInactive) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { node { id displayName email role isActive createdAt lastLoginAt activeSessionCount
      organization { name } } } } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateUser(id: $id) {
  user { email isActive activeSessionCount } userErrors { field message } } }`;
const REACTIVATE = `mutation ($id: ID!) { reactivateUser(id: $id) {
  user { email isActive } userErrors { field message } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { token userErrors { field message } } }`;

interface UserNode {
  id: string;
  displayName: string;
  email: string;
  role: string;
  isActive: boolean | null;
  createdAt: string | null;
  lastLoginAt: string | null;
  activeSessionCount: number | null;
  organization: { name: string } | null;
}
interface UsersPage {
  users: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { node: UserNode }[];
  };
}
interface AccountPayload {
  user: { email: string; isActive: boolean; activeSessionCount?: number } | null;
  userErrors: { field: string[]; message: string }[];
}

async function listUsers(variables: Record<string, unknown>, headers = admin.headers) {
  const response = await graphqlRequest<UsersPage>(api, USERS, { first: 50, ...variables }, headers);
  expect(response.errors).toBeUndefined();
  return response.data!.users;
}

async function addAccount(displayName: string, email: string, role = "EDITOR", organizationId?: string) {
  const user = await createUser(database.orm.em.fork(), {
    email,
    displayName,
    role,
    password: USER_PASSWORD,
    organizationId: organizationId ?? null,
  });
  return user.id;
}

async function login(email: string) {
  const response = await graphqlRequest<{
    login: { token: string | null; userErrors: { message: string }[] };
  }>(api, LOGIN, { email, password: USER_PASSWORD });
  return response.data!.login;
}

async function me(headers: Record<string, string>): Promise<string | null> {
  const response = await graphqlRequest<{ me: { email: string } | null }>(
    api,
    "{ me { email } }",
    {},
    headers,
  );
  return response.data?.me?.email ?? null;
}

async function mutate(query: string, key: string, id: string, headers = admin.headers) {
  const response = await graphqlRequest<Record<string, AccountPayload>>(api, query, { id }, headers);
  expect(response.errors).toBeUndefined();
  return response.data![key]!;
}

/** What a refused mutation must leave alone: accounts, sessions and the audit log. */
async function accountState() {
  const { rows } = await database.pool.query<{ state: string }>(
    `select (select string_agg(id || ':' || is_active, ',' order by id) from app_user)
         || '|' || (select count(*) from user_session) || '|' || (select count(*) from audit_entry) as state`,
  );
  return rows[0]!.state;
}

beforeAll(async () => {
  database = await createTestDatabase({ loggerFactory: sql.loggerFactory });
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  organizationUuid = await insertOrganizationRow(database.pool, { slug: "spoldzielnia-lista" });
  admin = await signInAs(database, api, "ADMIN", { name: "Adam Administrator" });
  editor = await signInAs(database, api, "EDITOR", { name: "Ewa Redaktorka" });
  rep = await signInAs(database, api, "ORGANIZATION_REP", { organizationId: organizationUuid });
  await addAccount("Zofia Wiśniewska", `zofia@${LIST_DOMAIN}`);
  await addAccount("Łucja Kowalczyk", `lucja@${LIST_DOMAIN}`);
  await addAccount("Lucyna Mazur", `lucyna@${LIST_DOMAIN}`);
  await addAccount("Jan Nowak", `nowak.b@${LIST_DOMAIN}`);
  await addAccount("Jan Nowak", `nowak.a@${LIST_DOMAIN}`);
  await addAccount("Piotr Przedstawiciel", `piotr@${LIST_DOMAIN}`, "ORGANIZATION_REP", organizationUuid);
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("users", () => {
  it("lists accounts by name (Polish order), then e-mail, with what administrators need", async () => {
    const users = await listUsers({ query: LIST_DOMAIN });
    expect(users.edges.map(({ node }) => [node.displayName, node.email])).toEqual([
      ["Jan Nowak", `nowak.a@${LIST_DOMAIN}`],
      ["Jan Nowak", `nowak.b@${LIST_DOMAIN}`],
      ["Lucyna Mazur", `lucyna@${LIST_DOMAIN}`],
      ["Łucja Kowalczyk", `lucja@${LIST_DOMAIN}`],
      ["Piotr Przedstawiciel", `piotr@${LIST_DOMAIN}`],
      ["Zofia Wiśniewska", `zofia@${LIST_DOMAIN}`],
    ]);
    expect(users.totalCount).toBe(6);
    const piotr = users.edges.at(-2)!.node;
    expect(piotr).toMatchObject({
      role: "ORGANIZATION_REP",
      isActive: true,
      lastLoginAt: null,
      activeSessionCount: 0,
      organization: { name: "Organizacja spoldzielnia-lista" },
    });
    expect(Date.parse(piotr.createdAt!)).not.toBeNaN();

    const [signedIn] = (await listUsers({ query: editor.email })).edges;
    expect(signedIn!.node.activeSessionCount).toBe(1);
    expect(Date.parse(signedIn!.node.lastLoginAt!)).not.toBeNaN();
  });

  it("finds accounts by part of the e-mail or name, whatever the letter case, and by role", async () => {
    const names = async (variables: Record<string, unknown>) =>
      (await listUsers(variables)).edges.map(({ node }) => node.displayName);
    expect(await names({ query: "ŁUCJA" })).toEqual(["Łucja Kowalczyk"]);
    expect(await names({ query: "NOWAK.A@" })).toEqual(["Jan Nowak"]);
    // Typed as text: a LIKE wildcard matches nothing.
    expect(await names({ query: "%" })).toEqual([]);
    expect(await names({ query: "nowak%" })).toEqual([]);
    expect(await names({ role: "ORGANIZATION_REP", query: LIST_DOMAIN })).toEqual(["Piotr Przedstawiciel"]);
    expect(await names({ role: "ADMIN" })).toEqual(["Adam Administrator"]);
  });

  it("pages with first and after, each account once", async () => {
    const all = (await listUsers({ query: LIST_DOMAIN })).edges.map(({ node }) => node.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const users = await listUsers({ query: LIST_DOMAIN, first: 4, after });
      expect(users.totalCount).toBe(6);
      expect(users.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...users.edges.map(({ node }) => node.id));
      if (!users.pageInfo.hasNextPage) break;
      after = users.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    const bad = await graphqlRequest(api, USERS, { first: 50, after: "bm9wZQ" }, admin.headers);
    expect(errorCode(bad)).toBe("BAD_USER_INPUT");
    expect(errorCode(await graphqlRequest(api, USERS, { first: 0 }, admin.headers))).toBe("BAD_USER_INPUT");
  });

  it("is for administrators only", async () => {
    expect(errorCode(await graphqlRequest(api, USERS, { first: 50 }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await graphqlRequest(api, USERS, { first: 50 }, editor.headers))).toBe("FORBIDDEN");
    expect(errorCode(await graphqlRequest(api, USERS, { first: 50 }, rep.headers))).toBe("FORBIDDEN");
  });

  it("shows a user their own account details and nobody else's to non-administrators", async () => {
    const own = await graphqlRequest<{ me: Partial<UserNode> }>(
      api,
      "{ me { isActive lastLoginAt activeSessionCount } }",
      {},
      editor.headers,
    );
    expect(own.data!.me).toMatchObject({ isActive: true, activeSessionCount: 1 });
    expect(Date.parse(own.data!.me.lastLoginAt!)).not.toBeNaN();

    // An administrator's action, so that the log names them as its actor.
    await graphqlRequest(
      api,
      `mutation ($id: ID!) { endUserSessions(userId: $id) { endedSessions } }`,
      { id: userGlobalId(rep.id) },
      admin.headers,
    );
    rep = await signInAs(database, api, "ORGANIZATION_REP", { organizationId: organizationUuid });
    const log = await graphqlRequest<{
      auditLog: { edges: { node: { actor: Partial<UserNode> | null } }[] };
    }>(
      api,
      `{ auditLog(filter: { entityType: "User" }, first: 50) { edges { node {
        actor { displayName isActive createdAt lastLoginAt activeSessionCount } } } } }`,
      {},
      editor.headers,
    );
    const actor = log.data!.auditLog.edges.find(({ node }) => node.actor)!.node.actor;
    expect(actor).toEqual({
      displayName: "Adam Administrator",
      isActive: null,
      createdAt: null,
      lastLoginAt: null,
      activeSessionCount: null,
    });
  });
});

describe("deactivateUser and reactivateUser", () => {
  it("ends the account's sessions at once, refuses its sign-in and audits both changes", async () => {
    const email = `dezaktywowana@${LIST_DOMAIN}`;
    const id = await addAccount("Dorota Dezaktywowana", email);
    const laptop = { authorization: `Bearer ${(await login(email)).token}` };
    const phone = { authorization: `Bearer ${(await login(email)).token}` };
    expect(await me(laptop)).toBe(email);

    expect(await mutate(DEACTIVATE, "deactivateUser", userGlobalId(id))).toEqual({
      user: { email, isActive: false, activeSessionCount: 0 },
      userErrors: [],
    });
    expect(await me(laptop)).toBeNull();
    expect(await me(phone)).toBeNull();
    const { rows: sessions } = await database.pool.query("select 1 from user_session where user_id = $1", [
      id,
    ]);
    expect(sessions).toEqual([]);
    expect(await login(email)).toEqual({
      token: null,
      userErrors: [{ field: ["password"], message: INVALID_CREDENTIALS_MESSAGE }],
    });

    const listed = async (includeInactive: boolean) =>
      (await listUsers({ query: email, includeInactive })).edges.map(({ node }) => node.isActive);
    expect(await listed(false)).toEqual([]);
    expect(await listed(true)).toEqual([false]);
    // Again: nothing more to do, nothing more written.
    const before = await accountState();
    expect((await mutate(DEACTIVATE, "deactivateUser", userGlobalId(id))).userErrors).toEqual([]);
    expect(await accountState()).toBe(before);

    expect(await mutate(REACTIVATE, "reactivateUser", userGlobalId(id))).toEqual({
      user: { email, isActive: true },
      userErrors: [],
    });
    expect(await me(laptop)).toBeNull();
    const again = await login(email);
    expect(again.userErrors).toEqual([]);
    expect(await me({ authorization: `Bearer ${again.token}` })).toBe(email);

    const { rows: audit } = await database.pool.query(
      `select action, actor_user_id, before, after from audit_entry where entity_id = $1 and action like 'USER_%ACTIVATED'
        order by id`,
      [id],
    );
    expect(audit).toEqual([
      {
        action: "USER_DEACTIVATED",
        actor_user_id: admin.id,
        before: { isActive: true },
        after: { isActive: false },
      },
      {
        action: "USER_REACTIVATED",
        actor_user_id: admin.id,
        before: { isActive: false },
        after: { isActive: true },
      },
    ]);
  });

  it("refuses the caller's own account and unknown IDs, writing nothing", async () => {
    const before = await accountState();
    const own = await mutate(DEACTIVATE, "deactivateUser", userGlobalId(admin.id));
    expect(own.user).toBeNull();
    expect(own.userErrors).toEqual([{ field: ["id"], message: expect.stringMatching(/your own account/) }]);
    for (const id of [
      userGlobalId("5b0c6a43-5d0e-4c7b-9a55-3f1d2e6b7a10"),
      "nie-id",
      Buffer.from(`Organization:${organizationUuid}`).toString("base64url"),
    ]) {
      for (const [query, key] of [
        [DEACTIVATE, "deactivateUser"],
        [REACTIVATE, "reactivateUser"],
      ] as const) {
        const payload = await mutate(query, key, id);
        expect(payload.user, `${key} ${id}`).toBeNull();
        expect(
          payload.userErrors.map((error) => error.field),
          `${key} ${id}`,
        ).toEqual([["id"]]);
      }
    }
    expect(await accountState()).toBe(before);
    expect(await me(admin.headers)).toBe(admin.email);
  });

  it("is for administrators only", async () => {
    const id = userGlobalId(editor.id);
    for (const [query, key] of [
      [DEACTIVATE, "deactivateUser"],
      [REACTIVATE, "reactivateUser"],
    ] as const) {
      expect(errorCode(await graphqlRequest(api, query, { id })), key).toBe("UNAUTHENTICATED");
      expect(errorCode(await graphqlRequest(api, query, { id }, editor.headers)), key).toBe("FORBIDDEN");
      expect(errorCode(await graphqlRequest(api, query, { id }, rep.headers)), key).toBe("FORBIDDEN");
    }
    expect(await me(editor.headers)).toBe(editor.email);
  });
});

describe("query count", () => {
  it("is the same for a page of 3 and of 30 accounts, organizations and sessions included", async () => {
    for (let i = 0; i < 30; i++) {
      const organizationId =
        i % 3 === 0 ? await insertOrganizationRow(database.pool, { slug: `licznik-${i}` }) : undefined;
      await addAccount(
        `Licznik ${String(i).padStart(2, "0")}`,
        `licznik-${i}@${LIST_DOMAIN}`,
        organizationId ? "ORGANIZATION_REP" : "EDITOR",
        organizationId,
      );
    }
    const selectsFor = async (first: number) => {
      sql.reset();
      const users = await listUsers({ query: "licznik-", first });
      expect(users.edges).toHaveLength(first);
      expect(users.edges.filter(({ node }) => node.organization).length).toBeGreaterThan(0);
      return sql.selects();
    };
    const small = await selectsFor(3);
    const large = await selectsFor(30);
    expect(large.length).toBe(small.length);
    // The session; the page of IDs with the count; the accounts; their organizations; their live sessions.
    expect(large).toHaveLength(5);
  });
});

describe("the last active administrator", () => {
  it("stays active when two administrators deactivate each other at the same moment", async () => {
    const second = await signInAs(database, api, "ADMIN", { name: "Bartosz Administrator" });
    const { rows: admins } = await database.pool.query(
      "select id from app_user where role = 'ADMIN' and is_active order by id",
    );
    expect(admins.map((row) => row.id).sort()).toEqual([admin.id, second.id].sort());
    // Hold both administrators' rows so that both requests queue on the lock before either decides.
    const blocker = await database.pool.connect();
    let outcomes: AccountPayload[];
    try {
      await blocker.query("begin");
      await blocker.query("select id from app_user where role = 'ADMIN' for update");
      const racing = Promise.all([
        mutate(DEACTIVATE, "deactivateUser", userGlobalId(second.id), admin.headers),
        mutate(DEACTIVATE, "deactivateUser", userGlobalId(admin.id), second.headers),
      ]);
      for (let attempt = 0; attempt < 200; attempt++) {
        const { rows } = await database.pool.query<{ waiting: number }>(
          `select count(*)::int as waiting from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock'`,
        );
        if (rows[0]!.waiting >= 2) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await blocker.query("commit");
      outcomes = await racing;
    } finally {
      blocker.release();
    }

    const succeeded = outcomes.filter((outcome) => outcome.userErrors.length === 0);
    const refusedOutcomes = outcomes.filter((outcome) => outcome.userErrors.length > 0);
    expect(succeeded).toHaveLength(1);
    expect(refusedOutcomes).toEqual([
      {
        user: null,
        userErrors: [{ field: ["id"], message: expect.stringMatching(/last active administrator/) }],
      },
    ]);
    const { rows: stillActive } = await database.pool.query(
      "select id from app_user where role = 'ADMIN' and is_active",
    );
    expect(stillActive).toHaveLength(1);
    const { rows: audit } = await database.pool.query(
      "select count(*)::int as n from audit_entry where action = 'USER_DEACTIVATED' and entity_id = any($1)",
      [[admin.id, second.id]],
    );
    expect(audit).toEqual([{ n: 1 }]);
    const survivor = stillActive[0]!.id === admin.id ? admin : second;
    expect(await me(survivor.headers)).toBe(survivor.email);
  });
});
