import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationInput } from "../factories/organization-input";
import { signInEditor } from "../support/editor-session";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

let database: TestDatabase;
let api: RunningApi;
let editor: Record<string, string>;

const CREATE = `mutation ($input: OrganizationInput!) {
  createOrganization(input: $input) {
    organization { id slug name nip contact { phone } publicationState socialEnterpriseStatus }
    userErrors { field message }
  }
}`;
const PUBLISH = `mutation ($id: ID!) { publishOrganization(id: $id) { organization { publicationState } userErrors { message } } }`;
const BY_SLUG = `query ($slug: String!) { organization(slug: $slug) { id name publicationState } }`;

async function createOrganization(overrides: Record<string, unknown> = {}) {
  const response = await graphqlRequest<{
    createOrganization: { organization: { id: string; slug: string } | null; userErrors: unknown[] };
  }>(api, CREATE, { input: organizationInput(overrides) }, editor);
  expect(response.errors).toBeUndefined();
  return response.data!.createOrganization;
}

async function rowCount(table: string) {
  const { rows } = await database.pool.query(`select count(*)::int as count from ${table}`);
  return rows[0].count as number;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  editor = await signInEditor(database, api);
});
afterAll(async () => {
  await api.stop();
  await database.drop();
});

describe("writing the registry", () => {
  it("refuses a write without a session and writes nothing", async () => {
    const response = await graphqlRequest(api, CREATE, { input: organizationInput() });
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await rowCount("organization")).toBe(0);
  });

  it("creates a draft with normalized identifiers and an audit entry", async () => {
    const { organization, userErrors } = await createOrganization();
    expect(userErrors).toEqual([]);
    expect(organization).toMatchObject({
      slug: "spoldzielnia-socjalna-testowe-smaki",
      nip: "5252248481",
      contact: { phone: "+48 851 234 567" },
      publicationState: "DRAFT",
      socialEnterpriseStatus: "NONE",
    });
    const { rows } = await database.pool.query(
      "select action, actor_user_id is not null as by_user from audit_entry where entity_type = 'Organization'",
    );
    expect(rows).toEqual([{ action: "ORGANIZATION_CREATED", by_user: true }]);
  });

  it.each([
    [{ nip: "5252248482" }, ["input", "nip"]],
    [{ regon: "123456789" }, ["input", "regon"]],
    [{ krs: "12345" }, ["input", "krs"]],
    [
      {
        address: {
          streetAddress: "ul. Lipowa 1",
          postalCode: "15427",
          city: "Białystok",
          gminaCode: "2061011",
        },
      },
      ["input", "address", "postalCode"],
    ],
    [
      {
        address: {
          streetAddress: "ul. Lipowa 1",
          postalCode: "15-427",
          city: "Białystok",
          gminaCode: "2061",
        },
      },
      ["input", "address", "gminaCode"],
    ],
    [
      {
        address: {
          streetAddress: "ul. Lipowa 1",
          postalCode: "15-427",
          city: "Białystok",
          gminaCode: "2099011",
        },
      },
      ["input", "address", "gminaCode"],
    ],
    [
      {
        address: {
          streetAddress: "ul. Lipowa 1",
          postalCode: "15-427",
          city: "Białystok",
          gminaCode: "2002014",
        },
      },
      ["input", "address", "gminaCode"],
    ],
    [{ areaCodes: ["2002", "99"] }, ["input", "areaCodes", "1"]],
    [{ contact: { email: "biuro@" } }, ["input", "contact", "email"]],
    [{ contact: { phone: "12" } }, ["input", "contact", "phone"]],
    [{ contact: { website: "javascript:alert(1)" } }, ["input", "contact", "website"]],
    [{ coordinates: { latitude: 95, longitude: 23 } }, ["input", "coordinates"]],
    [{ pesType: "CIS", foundingBody: null }, ["input", "foundingBody"]],
    [{ employeeCount: 3, employeesAtRiskCount: 5 }, ["input", "employeesAtRiskCount"]],
    [
      { offerings: [{ kind: "SERVICE", name: "Catering", cpvCodes: ["5552"] }] },
      ["input", "offerings", "0", "cpvCodes", "0"],
    ],
    [{ name: "  " }, ["input", "name"]],
    [{ slug: "Zły Slug" }, ["input", "slug"]],
    [{ lastVerifiedSource: null }, ["input", "lastVerifiedSource"]],
  ])("rejects %j naming %j, and writes nothing", async (override, field) => {
    const before = await Promise.all(
      ["organization", "offering", "organization_area", "audit_entry"].map(rowCount),
    );
    const { organization, userErrors } = await createOrganization({
      slug: "inna",
      nip: null,
      regon: null,
      krs: null,
      ...override,
    });
    expect(organization).toBeNull();
    expect(userErrors).toContainEqual(expect.objectContaining({ field }));
    const after = await Promise.all(
      ["organization", "offering", "organization_area", "audit_entry"].map(rowCount),
    );
    expect(after).toEqual(before);
  });

  it("refuses an identifier or slug already used by another organization", async () => {
    const { userErrors } = await createOrganization({
      slug: "spoldzielnia-socjalna-testowe-smaki",
      regon: null,
      krs: null,
    });
    expect(userErrors).toEqual(
      expect.arrayContaining([
        { field: ["input", "slug"], message: "is already used by another organization" },
        { field: ["input", "nip"], message: "is already used by another organization" },
      ]),
    );
  });
});

describe("updating and archiving", () => {
  it("replaces the editable fields, offerings and areas, and records before and after", async () => {
    const { organization } = await createOrganization({
      name: "Stowarzyszenie Zmiana",
      slug: "stowarzyszenie-zmiana",
      nip: null,
      regon: null,
      krs: null,
    });
    const update = `mutation ($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) {
      organization { name areasServed { code } offerings { name } } userErrors { field message } } }`;
    const response = await graphqlRequest<{ updateOrganization: unknown }>(
      api,
      update,
      {
        id: organization!.id,
        input: organizationInput({
          name: "Stowarzyszenie Zmiana Plus",
          slug: "stowarzyszenie-zmiana",
          legalForm: "ASSOCIATION",
          nip: null,
          regon: null,
          krs: null,
          areaCodes: ["2011", "2061"],
          offerings: [{ kind: "SERVICE", name: "Usługi sprzątania", cpvCodes: ["90910000-9"] }],
        }),
      },
      editor,
    );
    expect(response.data!.updateOrganization).toEqual({
      organization: {
        name: "Stowarzyszenie Zmiana Plus",
        areasServed: [{ code: "2011" }, { code: "2061" }],
        offerings: [{ name: "Usługi sprzątania" }],
      },
      userErrors: [],
    });
    const { rows } = await database.pool.query(
      "select before->>'name' as before, after->>'name' as after from audit_entry where action = 'ORGANIZATION_UPDATED'",
    );
    expect(rows).toEqual([{ before: "Stowarzyszenie Zmiana", after: "Stowarzyszenie Zmiana Plus" }]);

    const archive = `mutation ($id: ID!) { archiveOrganization(id: $id) { organization { publicationState } } }`;
    const archived = await graphqlRequest(api, archive, { id: organization!.id }, editor);
    expect(archived.data).toEqual({
      archiveOrganization: { organization: { publicationState: "ARCHIVED" } },
    });
    expect((await graphqlRequest(api, BY_SLUG, { slug: "stowarzyszenie-zmiana" })).data).toEqual({
      organization: null,
    });
  });
});

describe("what anonymous users see", () => {
  it("never sees drafts, by slug, by ID or in lists; editors do", async () => {
    const { organization } = await createOrganization({
      name: "Fundacja Szkic",
      slug: "fundacja-szkic",
      nip: null,
      regon: null,
      krs: null,
    });
    const anonymous = await graphqlRequest(api, BY_SLUG, { slug: "fundacja-szkic" });
    expect(anonymous.data).toEqual({ organization: null });
    const byId = await graphqlRequest(api, `query ($id: ID!) { organization(id: $id) { name } }`, {
      id: organization!.id,
    });
    expect(byId.data).toEqual({ organization: null });
    const list = await graphqlRequest<{ organizations: { totalCount: number } }>(
      api,
      `{ organizations(first: 1) { totalCount } }`,
    );
    expect(list.data!.organizations.totalCount).toBe(0);
    const asEditor = await graphqlRequest(api, BY_SLUG, { slug: "fundacja-szkic" }, editor);
    expect(asEditor.data).toMatchObject({
      organization: { name: "Fundacja Szkic", publicationState: "DRAFT" },
    });

    const NODE = `query ($id: ID!) { node(id: $id) { id ... on Organization { name } } }`;
    expect((await graphqlRequest(api, NODE, { id: organization!.id })).data).toEqual({ node: null });

    await graphqlRequest(api, PUBLISH, { id: organization!.id }, editor);
    const published = await graphqlRequest(api, BY_SLUG, { slug: "fundacja-szkic" });
    expect(published.data).toMatchObject({ organization: { name: "Fundacja Szkic" } });
    expect((await graphqlRequest(api, NODE, { id: organization!.id })).data).toEqual({
      node: { id: organization!.id, name: "Fundacja Szkic" },
    });
  });
});
