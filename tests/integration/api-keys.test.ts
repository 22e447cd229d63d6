import { hashApiKey, importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationInput } from "../factories/organization-input";
import { insertOrganizationRow } from "../factories/service-rows";
import { TERYT_FILE } from "../support/paths";
import {
  createTestDatabase,
  graphqlExchange,
  graphqlRequest,
  startTestApi,
  type TestDatabase,
} from "../support/test-hub";
import { errorCode, signInAs, type SignedInUser } from "../support/user-session";

const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey { id name prefix scopes lastUsedAt revokedAt createdBy { displayName } }
    userErrors { field message }
  }
}`;
const REVOKE_KEY = `mutation ($id: ID!) { revokeApiKey(id: $id) { apiKey { revokedAt } userErrors { field message } } }`;
const DRAFT = `query ($slug: String!) { organization(slug: $slug) { name publicationState } }`;
const CREATE_ORGANIZATION = `mutation ($input: OrganizationInput!) {
  createOrganization(input: $input) { organization { id } userErrors { field message } }
}`;

interface CreatedKey {
  key: string;
  id: string;
  prefix: string;
}

let database: TestDatabase;
let api: RunningApi;
let admin: SignedInUser;

async function createKey(scopes: string[], by: SignedInUser = admin, name = `Klucz ${scopes.join("+")}`) {
  const response = await graphqlRequest<{
    createApiKey: {
      key: string | null;
      apiKey: { id: string; prefix: string } | null;
      userErrors: unknown[];
    };
  }>(api, CREATE_KEY, { input: { name, partner: "Urząd Marszałkowski: mapa usług", scopes } }, by.headers);
  const payload = response.data!.createApiKey;
  expect(payload.userErrors).toEqual([]);
  return { key: payload.key!, id: payload.apiKey!.id, prefix: payload.apiKey!.prefix } satisfies CreatedKey;
}

const withKey = (key: string) => ({ "x-api-key": key });

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  admin = await signInAs(database, api, "ADMIN", { name: "Alicja Admin" });
  await insertOrganizationRow(database.pool, { slug: "szkic-podmiotu", publicationState: "DRAFT" });
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("creating a key", () => {
  it("returns the key once and stores only its SHA-256", async () => {
    const response = await graphqlRequest<{ createApiKey: Record<string, unknown> }>(
      api,
      CREATE_KEY,
      { input: { name: "Mapa usług", partner: "Urząd Marszałkowski", scopes: ["READ_PUBLIC"] } },
      admin.headers,
    );
    const { key, apiKey } = response.data!.createApiKey as { key: string; apiKey: Record<string, unknown> };
    expect(key).toMatch(/^obsk_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({
      name: "Mapa usług",
      prefix: key.slice(0, 10),
      scopes: ["READ_PUBLIC"],
      lastUsedAt: null,
      revokedAt: null,
      createdBy: { displayName: "Alicja Admin" },
    });
    const { rows } = await database.pool.query<{ key_hash: string; row: string }>(
      `select key_hash, k::text as row from api_key k where prefix = $1`,
      [key.slice(0, 10)],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key_hash).toBe(hashApiKey(key));
    expect(rows[0]!.row).not.toContain(key.slice(10));

    const listed = await graphqlRequest<{ apiKeys: { edges: { node: Record<string, unknown> }[] } }>(
      api,
      `{ apiKeys(first: 10) { edges { node { name prefix } } } }`,
      {},
      admin.headers,
    );
    expect(listed.data!.apiKeys.edges.map((edge) => edge.node)).toContainEqual({
      name: "Mapa usług",
      prefix: key.slice(0, 10),
    });
  });

  it("names the field of bad input: no scope, an expiry in the past", async () => {
    const response = await graphqlRequest<{ createApiKey: { key: string | null; userErrors: unknown[] } }>(
      api,
      CREATE_KEY,
      { input: { name: "Zły", partner: "Ktoś", scopes: [], expiresAt: "2020-01-01T00:00:00Z" } },
      admin.headers,
    );
    expect(response.data!.createApiKey).toMatchObject({
      key: null,
      userErrors: [{ field: ["input", "scopes"], message: "must name at least one scope" }],
    });
    const past = await graphqlRequest<{ createApiKey: { userErrors: unknown[] } }>(
      api,
      CREATE_KEY,
      { input: { name: "Zły", partner: "Ktoś", scopes: ["WRITE"], expiresAt: "2020-01-01T00:00:00Z" } },
      admin.headers,
    );
    expect(past.data!.createApiKey.userErrors).toEqual([
      { field: ["input", "expiresAt"], message: "must be in the future" },
    ]);
  });
});

describe("what a key may do", () => {
  it("READ_PUBLIC sees published data only; READ_DRAFTS also sees drafts (by X-API-Key or bearer)", async () => {
    const publicKey = await createKey(["READ_PUBLIC"]);
    const draftsKey = await createKey(["READ_DRAFTS"]);
    const publicView = await graphqlRequest(api, DRAFT, { slug: "szkic-podmiotu" }, withKey(publicKey.key));
    expect(publicView).toMatchObject({ data: { organization: null } });
    const draftsView = await graphqlRequest(
      api,
      DRAFT,
      { slug: "szkic-podmiotu" },
      { authorization: `Bearer ${draftsKey.key}` },
    );
    expect(draftsView).toMatchObject({ data: { organization: { publicationState: "DRAFT" } } });
    // A key acts for its creator but does not reveal them.
    expect(await graphqlRequest(api, `{ me { email } }`, {}, withKey(draftsKey.key))).toMatchObject({
      data: { me: null },
    });
  });

  it("only WRITE mutates, in the creator's name with the key in the audit log; no admin work", async () => {
    const draftsKey = await createKey(["READ_DRAFTS"]);
    const refused = await graphqlRequest(
      api,
      CREATE_ORGANIZATION,
      { input: organizationInput() },
      withKey(draftsKey.key),
    );
    expect(errorCode(refused)).toBe("FORBIDDEN");

    const writeKey = await createKey(["WRITE"], admin, "Integracja CRM");
    const created = await graphqlRequest<{ createOrganization: { organization: { id: string } } }>(
      api,
      CREATE_ORGANIZATION,
      { input: organizationInput({ nip: "1132853869", regon: null, krs: null }) },
      withKey(writeKey.key),
    );
    expect(created.errors).toBeUndefined();
    const audit = await graphqlRequest<{ auditLog: { edges: { node: Record<string, unknown> }[] } }>(
      api,
      `{ auditLog(first: 1) { edges { node { action actor { displayName } apiKey { name prefix } } } } }`,
      {},
      admin.headers,
    );
    expect(audit.data!.auditLog.edges[0]!.node).toEqual({
      action: "ORGANIZATION_CREATED",
      actor: { displayName: "Alicja Admin" },
      apiKey: { name: "Integracja CRM", prefix: writeKey.prefix },
    });

    // An administrator's key still writes only as an editor, and reads no staff-only lists.
    const adminWork = await graphqlRequest(
      api,
      CREATE_KEY,
      { input: { name: "x", partner: "x", scopes: ["WRITE"] } },
      withKey(writeKey.key),
    );
    expect(errorCode(adminWork)).toBe("FORBIDDEN");
    expect(
      errorCode(
        await graphqlRequest(api, `{ auditLog(first: 1) { totalCount } }`, {}, withKey(writeKey.key)),
      ),
    ).toBe("FORBIDDEN");
  });

  it("records the last use, at most once a minute", async () => {
    const { key, id } = await createKey(["READ_PUBLIC"]);
    await graphqlRequest(api, `{ __typename }`, {}, withKey(key));
    const lastUsed = async () =>
      (
        await database.pool.query<{ at: Date }>(
          `select last_used_at as at from api_key where key_hash = $1`,
          [hashApiKey(key)],
        )
      ).rows[0]!.at;
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    await graphqlRequest(api, `{ __typename }`, {}, withKey(key));
    expect(await lastUsed()).toEqual(first);
    const listed = await graphqlRequest<{
      apiKeys: { edges: { node: { id: string; lastUsedAt: string } }[] };
    }>(api, `{ apiKeys(first: 100) { edges { node { id lastUsedAt } } } }`, {}, admin.headers);
    expect(listed.data!.apiKeys.edges.find((edge) => edge.node.id === id)?.node.lastUsedAt).toBe(
      first.toISOString(),
    );
  });
});

describe("a key that no longer works is refused with 401, never served as anonymous", () => {
  async function refusal(key: string) {
    const { status, body } = await graphqlExchange(api, `{ __typename }`, {}, withKey(key));
    return { status, code: errorCode(body) };
  }
  const INVALID = { status: 401, code: "INVALID_API_KEY" };

  it("revoked at once; revoked keys drop out of the list unless asked for", async () => {
    const { key, id } = await createKey(["READ_PUBLIC"]);
    expect(await refusal(key)).toEqual({ status: 200, code: null });
    const revoked = await graphqlRequest<{ revokeApiKey: { apiKey: { revokedAt: string } } }>(
      api,
      REVOKE_KEY,
      { id },
      admin.headers,
    );
    expect(revoked.data!.revokeApiKey.apiKey.revokedAt).toBeTruthy();
    expect(await refusal(key)).toEqual(INVALID);
    const again = await graphqlRequest<{ revokeApiKey: { userErrors: unknown[] } }>(
      api,
      REVOKE_KEY,
      { id },
      admin.headers,
    );
    expect(again.data!.revokeApiKey.userErrors).toEqual([
      { field: ["id"], message: "the key is already revoked" },
    ]);
    const ids = async (includeRevoked: boolean) =>
      (
        await graphqlRequest<{ apiKeys: { edges: { node: { id: string } }[] } }>(
          api,
          `query ($r: Boolean!) { apiKeys(first: 100, includeRevoked: $r) { edges { node { id } } } }`,
          { r: includeRevoked },
          admin.headers,
        )
      ).data!.apiKeys.edges.map((edge) => edge.node.id);
    expect(await ids(false)).not.toContain(id);
    expect(await ids(true)).toContain(id);
  });

  it("expired, unknown or malformed", async () => {
    const { key } = await createKey(["READ_PUBLIC"]);
    await database.pool.query(
      `update api_key set expires_at = now() - interval '1 second' where key_hash = $1`,
      [hashApiKey(key)],
    );
    expect(await refusal(key)).toEqual(INVALID);
    expect(await refusal(`obsk_${"A".repeat(43)}`)).toEqual(INVALID);
    expect(await refusal("obsk_short")).toEqual(INVALID);
    // Also on the other API routes, not just GraphQL.
    const openData = await fetch(new URL("/open-data", api.url), { headers: withKey(key) });
    expect(openData.status).toBe(401);
  });

  it("when its creator's account is deactivated", async () => {
    const otherAdmin = await signInAs(database, api, "ADMIN", { name: "Bogdan Admin" });
    const { key } = await createKey(["READ_PUBLIC"], otherAdmin);
    expect(await refusal(key)).toEqual({ status: 200, code: null });
    const deactivated = await graphqlRequest(
      api,
      `mutation ($id: ID!) { deactivateUser(id: $id) { userErrors { message } } }`,
      { id: Buffer.from(`User:${otherAdmin.id}`).toString("base64url") },
      admin.headers,
    );
    expect(deactivated.errors).toBeUndefined();
    expect(await refusal(key)).toEqual(INVALID);
  });
});
