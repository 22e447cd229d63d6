import { buildApiSchema, importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationInput } from "../factories/organization-input";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";
import { errorCode, signInAs, type SignedInUser } from "../support/user-session";

let database: TestDatabase;
let api: RunningApi;
let editor: SignedInUser;
let otherEditor: SignedInUser;
let rep: SignedInUser;
let organizationId: string;

const AUDIT_LOG = `query ($filter: AuditLogFilter, $first: Int! = 50, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id action entityType entityId occurredAt actor { displayName email }
      changes { field label before after } } } } }`;

interface Entry {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  occurredAt: string;
  actor: { displayName: string; email: string } | null;
  changes: { field: string; label: string; before: string | null; after: string | null }[];
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Entry }[];
}

async function auditLog(variables: Record<string, unknown>, user = editor): Promise<Page> {
  const response = await graphqlRequest<{ auditLog: Page }>(api, AUDIT_LOG, variables, user.headers);
  expect(response.errors).toBeUndefined();
  return response.data!.auditLog;
}

async function mutate(query: string, variables: Record<string, unknown>, user: SignedInUser) {
  const response = await graphqlRequest<Record<string, { userErrors: unknown[] } & Record<string, unknown>>>(
    api,
    query,
    variables,
    user.headers,
  );
  expect(response.errors).toBeUndefined();
  const payload = Object.values(response.data!)[0]!;
  expect(payload.userErrors).toEqual([]);
  return payload;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  editor = await signInAs(database, api, "EDITOR", { name: "Ewa Redaktor" });
  otherEditor = await signInAs(database, api, "ADMIN", { name: "Adam Administrator" });
  const created = await mutate(
    `mutation ($input: OrganizationInput!) { createOrganization(input: $input) { organization { id } userErrors { field } } }`,
    { input: organizationInput() },
    editor,
  );
  organizationId = (created.organization as { id: string }).id;
  await mutate(
    `mutation ($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { userErrors { field } } }`,
    { id: organizationId, input: organizationInput({ employeeCount: 9 }) },
    otherEditor,
  );
  await mutate(
    `mutation ($id: ID!) { publishOrganization(id: $id) { userErrors { field } } }`,
    { id: organizationId },
    editor,
  );
  const uuid = Buffer.from(organizationId, "base64url").toString("utf8").split(":")[1]!;
  rep = await signInAs(database, api, "ORGANIZATION_REP", { organizationId: uuid });
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("auditLog", () => {
  it("lists an entity's history newest first, with actor and a field-by-field diff", async () => {
    const page = await auditLog({ filter: { entityType: "Organization", entityId: organizationId } });
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((edge) => [edge.node.action, edge.node.actor?.displayName])).toEqual([
      ["ORGANIZATION_PUBLISHED", "Ewa Redaktor"],
      ["ORGANIZATION_UPDATED", "Adam Administrator"],
      ["ORGANIZATION_CREATED", "Ewa Redaktor"],
    ]);
    const [published, updated, created] = page.edges.map((edge) => edge.node);
    expect(published!.changes).toEqual([
      { field: "publicationState", label: "Stan publikacji", before: "DRAFT", after: "PUBLISHED" },
    ]);
    expect(updated!.changes).toContainEqual({
      field: "employeeCount",
      label: "Liczba pracowników",
      before: "8",
      after: "9",
    });
    const updatedFields = updated!.changes.map((change) => change.field);
    for (const unchanged of ["name", "id", "publicationState"])
      expect(updatedFields).not.toContain(unchanged);
    expect(created!.changes).toContainEqual({
      field: "name",
      label: "Nazwa",
      before: null,
      after: "Spółdzielnia Socjalna „Testowe Smaki”",
    });
    expect(created!.actor!.email).toBe(editor.email);
  });

  it("filters by actor and by time, and pages with a cursor", async () => {
    const byAdmin = await auditLog({
      filter: { actorUserId: Buffer.from(`User:${otherEditor.id}`).toString("base64url") },
    });
    expect(byAdmin.edges.map((edge) => edge.node.action)).toEqual(["ORGANIZATION_UPDATED"]);

    const all = await auditLog({});
    const times = all.edges.map((edge) => edge.node.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    const future = await auditLog({ filter: { from: new Date(Date.now() + 60_000).toISOString() } });
    expect(future.totalCount).toBe(0);
    const past = await auditLog({ filter: { to: "2000-01-01T00:00:00Z" } });
    expect(past.totalCount).toBe(0);

    const first = await auditLog({ first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await auditLog({ first: 2, after: first.pageInfo.endCursor });
    const ids = [...first.edges, ...second.edges].map((edge) => edge.node.id);
    expect(ids).toEqual(all.edges.slice(0, ids.length).map((edge) => edge.node.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("is for editors and administrators: anonymous UNAUTHENTICATED, representatives FORBIDDEN", async () => {
    expect(errorCode(await graphqlRequest(api, AUDIT_LOG, {}))).toBe("UNAUTHENTICATED");
    expect(errorCode(await graphqlRequest(api, AUDIT_LOG, {}, rep.headers))).toBe("FORBIDDEN");
  });
});

describe("the audit log is append-only", () => {
  it("has no mutation that could change or remove an entry", async () => {
    const schema = await buildApiSchema();
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(mutations.filter((name) => /audit/i.test(name))).toEqual([]);
    const entry = schema.getType("AuditLogEntry");
    expect(entry).toBeDefined();
    // No mutation returns or takes an audit entry either.
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      expect(String(field.type)).not.toMatch(/Audit/);
      for (const arg of field.args) expect(String(arg.type)).not.toMatch(/Audit/);
    }
  });

  it("refuses UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    const { rows } = await database.pool.query<{ count: string }>(`select count(*) from audit_entry`);
    await expect(database.pool.query(`update audit_entry set action = 'FORGED'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(database.pool.query(`delete from audit_entry`)).rejects.toThrow(/append-only/);
    await expect(database.pool.query(`truncate audit_entry`)).rejects.toThrow(/append-only/);
    const after = await database.pool.query<{ count: string; forged: string }>(
      `select count(*), count(*) filter (where action = 'FORGED') as forged from audit_entry`,
    );
    expect(after.rows[0]).toEqual({ count: rows[0]!.count, forged: "0" });
  });
});
