import { createUser, importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationRow, insertServiceRow } from "../factories/service-rows";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";
import { errorCode, signInAs, type SignedInUser } from "../support/user-session";

let database: TestDatabase;
let api: RunningApi;
let admin: SignedInUser;
let editor: SignedInUser;
let rep: SignedInUser;
let organizationUuid: string;
let draftServiceUuid: string;

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64url");

const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { user { email role organization { name } } userErrors { field message } } }`;

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: "jan.kowalski@example.pl",
  displayName: "Jan Kowalski",
  role: "ORGANIZATION_REP",
  password: "długie hasło przedstawiciela",
  organizationId: globalId("Organization", organizationUuid),
  ...overrides,
});

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  organizationUuid = await insertOrganizationRow(database.pool, { slug: "stowarzyszenie-razem" });
  draftServiceUuid = await insertServiceRow(database.pool, {
    slug: "szkic-uslugi",
    serviceType: "MEALS",
    providerId: organizationUuid,
    publicationState: "DRAFT",
  });
  admin = await signInAs(database, api, "ADMIN");
  editor = await signInAs(database, api, "EDITOR");
  rep = await signInAs(database, api, "ORGANIZATION_REP", { organizationId: organizationUuid });
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("ORGANIZATION_REP accounts", () => {
  it("require exactly one organization, in the service and in the database", async () => {
    const em = database.orm.em.fork();
    const base = { email: "x@example.pl", displayName: "X", password: "długie hasło przedstawiciela" };
    await expect(createUser(em, { ...base, role: "ORGANIZATION_REP" })).rejects.toThrow(/organizationId/);
    await expect(
      createUser(em, { ...base, role: "EDITOR", organizationId: organizationUuid }),
    ).rejects.toThrow(/organizationId/);
    await expect(
      database.pool.query(
        `insert into app_user (id, email, display_name, password_hash, role)
         values (gen_random_uuid(), 'y@example.pl', 'Y', 'x', 'ORGANIZATION_REP')`,
      ),
    ).rejects.toThrow(/app_user_organization/);
  });

  it("are told which organization they represent", async () => {
    const response = await graphqlRequest<{ me: { role: string; organization: { name: string } | null } }>(
      api,
      `query { me { role organization { name } } }`,
      {},
      rep.headers,
    );
    expect(response.data!.me).toEqual({
      role: "ORGANIZATION_REP",
      organization: { name: "Organizacja stowarzyszenie-razem" },
    });
  });

  it("may not use the editor mutations, the upload route or see drafts", async () => {
    const publish = await graphqlRequest(
      api,
      `mutation ($id: ID!) { publishService(id: $id) { userErrors { field } } }`,
      { id: globalId("Service", draftServiceUuid) },
      rep.headers,
    );
    expect(errorCode(publish)).toBe("FORBIDDEN");
    const draft = await graphqlRequest<{ service: unknown }>(
      api,
      `query ($id: ID!) { service(id: $id) { title } }`,
      { id: globalId("Service", draftServiceUuid) },
      rep.headers,
    );
    expect(draft.data?.service ?? null).toBeNull();
    const upload = await fetch(
      new URL(`/files/documents/${globalId("Document", organizationUuid)}`, api.url),
      {
        method: "POST",
        headers: rep.headers,
      },
    );
    expect(upload.status).toBe(403);
  });
});

describe("createUser", () => {
  it("is for administrators only", async () => {
    expect(errorCode(await graphqlRequest(api, CREATE_USER, { input: newUser() }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await graphqlRequest(api, CREATE_USER, { input: newUser() }, editor.headers))).toBe(
      "FORBIDDEN",
    );
    expect(errorCode(await graphqlRequest(api, CREATE_USER, { input: newUser() }, rep.headers))).toBe(
      "FORBIDDEN",
    );
  });

  it("creates a representative of an organization, audited", async () => {
    const response = await graphqlRequest<{ createUser: { user: unknown; userErrors: unknown[] } }>(
      api,
      CREATE_USER,
      { input: newUser() },
      admin.headers,
    );
    expect(response.data!.createUser).toEqual({
      user: {
        email: "jan.kowalski@example.pl",
        role: "ORGANIZATION_REP",
        organization: { name: "Organizacja stowarzyszenie-razem" },
      },
      userErrors: [],
    });
    const { rows } = await database.pool.query(
      `select actor_user_id from audit_entry where action = 'USER_CREATED' and after->>'email' = $1`,
      ["jan.kowalski@example.pl"],
    );
    expect(rows).toEqual([{ actor_user_id: admin.id }]);
  });

  it("names the field at fault", async () => {
    const ask = async (input: Record<string, unknown>) =>
      (
        await graphqlRequest<{ createUser: { userErrors: { field: string[] }[] } }>(
          api,
          CREATE_USER,
          { input },
          admin.headers,
        )
      ).data!.createUser.userErrors.map((error) => error.field);
    expect(await ask(newUser({ organizationId: null }))).toEqual([["input", "organizationId"]]);
    expect(await ask(newUser({ role: "EDITOR", email: "e@example.pl" }))).toEqual([
      ["input", "organizationId"],
    ]);
    expect(await ask(newUser({ email: "jan.kowalski@example.pl" }))).toEqual([["input", "email"]]);
    expect(await ask(newUser({ email: "k@example.pl", password: "krótkie" }))).toEqual([
      ["input", "password"],
    ]);
    expect(await ask(newUser({ email: "l@example.pl", password: "P@ssw0rd2026!" }))).toEqual([
      ["input", "password"],
    ]);
    expect(await ask(newUser({ organizationId: "nonsense" }))).toEqual([["input", "organizationId"]]);
  });
});
