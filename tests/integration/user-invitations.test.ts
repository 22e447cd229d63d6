import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationRow } from "../factories/service-rows";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";
import { errorCode, signInAs, type SignedInUser } from "../support/user-session";

let database: TestDatabase;
let api: RunningApi;
let admin: SignedInUser;
let editor: SignedInUser;
let organizationId: string;

const INVITE = `mutation ($input: InviteUserInput!) {
  inviteUser(input: $input) { invitation { id email role expiresAt } token userErrors { field message } } }`;
const ACCEPT = `mutation ($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) { user { email role organization { name } } userErrors { field message } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

interface InvitePayload {
  invitation: { id: string; email: string; role: string; expiresAt: string } | null;
  token: string | null;
  userErrors: { field: string[]; message: string }[];
}
interface AcceptPayload {
  user: { email: string; role: string; organization: { name: string } | null } | null;
  userErrors: { field: string[]; message: string }[];
}

const invitation = (overrides: Record<string, unknown> = {}) => ({
  email: "maria.wisniewska@example.pl",
  displayName: "Maria Wiśniewska",
  role: "ORGANIZATION_REP",
  organizationId,
  ...overrides,
});

async function invite(input: Record<string, unknown>, user = admin) {
  const response = await graphqlRequest<{ inviteUser: InvitePayload }>(api, INVITE, { input }, user.headers);
  expect(response.errors).toBeUndefined();
  return response.data!.inviteUser;
}

async function accept(token: string, password: string) {
  const response = await graphqlRequest<{ acceptInvitation: AcceptPayload }>(api, ACCEPT, {
    token,
    password,
  });
  expect(response.errors).toBeUndefined();
  return response.data!.acceptInvitation;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  const uuid = await insertOrganizationRow(database.pool, { slug: "fundacja-razem" });
  organizationId = Buffer.from(`Organization:${uuid}`).toString("base64url");
  admin = await signInAs(database, api, "ADMIN");
  editor = await signInAs(database, api, "EDITOR");
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("invitations by one-time link", () => {
  it("are for administrators only", async () => {
    expect(errorCode(await graphqlRequest(api, INVITE, { input: invitation() }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await graphqlRequest(api, INVITE, { input: invitation() }, editor.headers))).toBe(
      "FORBIDDEN",
    );
  });

  it("validate the account like createUser, naming the field", async () => {
    expect((await invite(invitation({ organizationId: null }))).userErrors).toEqual([
      { field: ["input", "organizationId"], message: "is required for ORGANIZATION_REP users" },
    ]);
    expect(
      (await invite(invitation({ email: editor.email, role: "EDITOR", organizationId: null }))).userErrors,
    ).toEqual([{ field: ["input", "email"], message: "is already used by another user" }]);
  });

  it("open the account once, with the invitee's own password, and store only the token's hash", async () => {
    const invited = await invite(invitation());
    expect(invited.userErrors).toEqual([]);
    expect(invited.invitation).toMatchObject({
      email: "maria.wisniewska@example.pl",
      role: "ORGANIZATION_REP",
    });
    const token = invited.token!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await database.pool.query(`select token_hash from user_invitation`);
    expect(JSON.stringify(stored.rows)).not.toContain(token);

    expect((await accept(token, "maria.wisniewska1")).userErrors).toEqual([
      { field: ["password"], message: "must not be made of your name or e-mail address" },
    ]);
    expect((await accept(token, "Qwerty123456!")).userErrors[0]!.field).toEqual(["password"]);
    const accepted = await accept(token, "herbata z miodem i cytryną");
    expect(accepted).toEqual({
      user: {
        email: "maria.wisniewska@example.pl",
        role: "ORGANIZATION_REP",
        organization: { name: "Organizacja fundacja-razem" },
      },
      userErrors: [],
    });
    const login = await graphqlRequest<{ login: { token: string | null } }>(api, LOGIN, {
      email: "maria.wisniewska@example.pl",
      password: "herbata z miodem i cytryną",
    });
    expect(login.data!.login.token).toBeTruthy();
    expect((await accept(token, "inne długie hasło do konta")).userErrors).toEqual([
      { field: ["token"], message: "is not a valid invitation: unknown, used or expired" },
    ]);
    const { rows } = await database.pool.query<{ action: string }>(
      `select action from audit_entry where entity_type in ('UserInvitation', 'User') order by id`,
    );
    expect(rows.map((row) => row.action).slice(-3)).toEqual([
      "USER_INVITED",
      "USER_CREATED",
      "USER_INVITATION_ACCEPTED",
    ]);
  });

  it("stop working when expired, and refuse made-up tokens", async () => {
    const invited = await invite(
      invitation({ email: "piotr@example.pl", role: "EDITOR", organizationId: null }),
    );
    await database.pool.query(
      `update user_invitation set expires_at = now() - interval '1 minute' where email = $1`,
      ["piotr@example.pl"],
    );
    expect((await accept(invited.token!, "herbata z miodem i cytryną")).userErrors[0]!.field).toEqual([
      "token",
    ]);
    expect((await accept("x".repeat(43), "herbata z miodem i cytryną")).userErrors[0]!.field).toEqual([
      "token",
    ]);
    expect((await accept("nonsense", "herbata z miodem i cytryną")).userErrors[0]!.field).toEqual(["token"]);
  });
});
