import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationInput } from "../factories/organization-input";
import { signInEditor } from "../support/editor-session";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

let database: TestDatabase;
let api: RunningApi;
let editor: Record<string, string>;
let today = "2026-11-22";
let organizationId: string;
let certificateId: string;

const ISSUE = `mutation ($input: IssueCertificateInput!) {
  issueCertificate(input: $input) {
    certificate { id number validFrom validTo status isActive offerings { name cpvCodes } }
    userErrors { field message }
  }
}`;

async function create(overrides: Record<string, unknown>) {
  const response = await graphqlRequest<{ createOrganization: { organization: { id: string } } }>(
    api,
    `mutation ($input: OrganizationInput!) { createOrganization(input: $input) { organization { id } userErrors { field message } } }`,
    { input: organizationInput(overrides) },
    editor,
  );
  const id = response.data!.createOrganization.organization.id;
  await graphqlRequest(
    api,
    `mutation ($id: ID!) { publishOrganization(id: $id) { userErrors { message } } }`,
    { id },
    editor,
  );
  return id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database, { today: () => today });
  editor = await signInEditor(database, api);
  organizationId = await create({});
  await create({
    name: "Fundacja Ogrody Sokólskie",
    slug: "fundacja-ogrody-sokolskie",
    legalForm: "FOUNDATION",
    nip: null,
    regon: null,
    krs: null,
    address: { streetAddress: "ul. Kolejowa 2", postalCode: "16-100", city: "Sokółka", gminaCode: "2011083" },
    areaCodes: [],
    offerings: [{ kind: "SERVICE", name: "Pielęgnacja zieleni", cpvCodes: ["77310000-6"] }],
  });
});
afterAll(async () => {
  await api.stop();
  await database.drop();
});

describe("Zakup Prospołeczny certificates", () => {
  it("are granted for named offerings for 12 months", async () => {
    const response = await graphqlRequest<{ issueCertificate: { certificate: { id: string } } }>(
      api,
      ISSUE,
      {
        input: {
          organizationId,
          type: "ZAKUP_PROSPOLECZNY",
          number: "ZP/2026/001",
          grantingBody: "Regionalny Ośrodek Polityki Społecznej w Białymstoku",
          decisionDate: "2026-03-10",
          validFrom: "2026-03-15",
          offerings: [{ name: "Catering na uroczystości", cpvCodes: ["55520000-1"] }],
        },
      },
      editor,
    );
    expect(response.data!.issueCertificate).toMatchObject({
      certificate: {
        validFrom: "2026-03-15",
        validTo: "2027-03-14",
        status: "ACTIVE",
        isActive: true,
        offerings: [{ name: "Catering na uroczystości", cpvCodes: ["55520000-1"] }],
      },
      userErrors: [],
    });
    certificateId = response.data!.issueCertificate.certificate.id;
  });

  it("rejects a term other than 12 months, no offerings and a duplicate number", async () => {
    const base = {
      organizationId,
      type: "ZAKUP_PROSPOLECZNY",
      number: "ZP/2026/001",
      grantingBody: "ROPS",
      decisionDate: "2026-03-10",
      validFrom: "2026-03-15",
      validTo: "2027-06-30",
      offerings: [],
    };
    const response = await graphqlRequest<{ issueCertificate: { userErrors: { field: string[] }[] } }>(
      api,
      ISSUE,
      { input: base },
      editor,
    );
    const fields = response.data!.issueCertificate.userErrors.map((error) => error.field.join("."));
    expect(fields).toEqual(expect.arrayContaining(["input.validTo", "input.offerings"]));
    const duplicate = await graphqlRequest<{ issueCertificate: { userErrors: { field: string[] }[] } }>(
      api,
      ISSUE,
      { input: { ...base, validTo: null, offerings: [{ name: "Catering" }] } },
      editor,
    );
    expect(duplicate.data!.issueCertificate.userErrors).toEqual([
      { field: ["input", "number"], message: "is already used by another certificate of this type" },
    ]);
  });

  it("turns inactive the day after validTo, computed, not stored", async () => {
    const query = `query ($id: ID!) { certificate(id: $id) { status isActive } }`;
    today = "2027-03-14";
    expect((await graphqlRequest(api, query, { id: certificateId })).data).toEqual({
      certificate: { status: "ACTIVE", isActive: true },
    });
    today = "2027-03-15";
    expect((await graphqlRequest(api, query, { id: certificateId })).data).toEqual({
      certificate: { status: "EXPIRED", isActive: false },
    });
    today = "2026-11-22";
  });

  it("is renewed as a new certificate starting the day after the current term", async () => {
    const renew = `mutation ($id: ID!, $input: RenewCertificateInput!) { renewCertificate(id: $id, input: $input) {
      certificate { number validFrom validTo offerings { name } } userErrors { field message } } }`;
    const response = await graphqlRequest<{ renewCertificate: unknown }>(
      api,
      renew,
      { id: certificateId, input: { number: "ZP/2027/004", decisionDate: "2027-02-20" } },
      editor,
    );
    expect(response.data!.renewCertificate).toEqual({
      certificate: {
        number: "ZP/2027/004",
        validFrom: "2027-03-15",
        validTo: "2028-03-14",
        offerings: [{ name: "Catering na uroczystości" }],
      },
      userErrors: [],
    });
  });

  it("can be revoked with a reason, after which it is not active", async () => {
    const revoke = `mutation ($id: ID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) {
      certificate { status revokedReason } userErrors { field message } } }`;
    const empty = await graphqlRequest<{ revokeCertificate: { userErrors: unknown[] } }>(
      api,
      revoke,
      { id: certificateId, reason: " " },
      editor,
    );
    expect(empty.data!.revokeCertificate.userErrors).toEqual([
      { field: ["reason"], message: "must not be empty" },
    ]);
  });
});

describe("PS status history", () => {
  it("keeps every decision and computes the current status from dates", async () => {
    const add = `mutation ($id: ID!, $input: SocialEnterpriseDecisionInput!) {
      addSocialEnterpriseDecision(organizationId: $id, input: $input) {
        organization { socialEnterpriseStatus socialEnterpriseDecisions { decision effectiveFrom } }
        userErrors { field message } } }`;
    await graphqlRequest(
      api,
      add,
      {
        id: organizationId,
        input: { decision: "GRANTED", decisionDate: "2024-02-01", voivodeshipCode: "20" },
      },
      editor,
    );
    const withdrawn = await graphqlRequest<{ addSocialEnterpriseDecision: { organization: unknown } }>(
      api,
      add,
      {
        id: organizationId,
        input: { decision: "WITHDRAWN", decisionDate: "2025-05-10", voivodeshipCode: "20" },
      },
      editor,
    );
    expect(withdrawn.data!.addSocialEnterpriseDecision.organization).toEqual({
      socialEnterpriseStatus: "WITHDRAWN",
      socialEnterpriseDecisions: [
        { decision: "GRANTED", effectiveFrom: "2024-02-01" },
        { decision: "WITHDRAWN", effectiveFrom: "2025-05-10" },
      ],
    });
    const wrongVoivode = await graphqlRequest<{ addSocialEnterpriseDecision: { userErrors: unknown[] } }>(
      api,
      add,
      {
        id: organizationId,
        input: { decision: "GRANTED", decisionDate: "2026-01-10", voivodeshipCode: "2061" },
      },
      editor,
    );
    expect(wrongVoivode.data!.addSocialEnterpriseDecision.userErrors).toEqual([
      { field: ["input", "voivodeshipCode"], message: "must be the 2-digit TERYT code of a województwo" },
    ]);
  });
});

describe("finding suppliers", () => {
  const find = async (filter: Record<string, unknown>) =>
    (
      await graphqlRequest<{ organizations: { totalCount: number; edges: { node: { name: string } }[] } }>(
        api,
        `query ($filter: OrganizationFilter) { organizations(filter: $filter, first: 20) { totalCount edges { node { name } } } }`,
        { filter },
      )
    ).data!.organizations.edges.map((edge) => edge.node.name);

  it("filters by area: seat or area served inside the unit, or the unit inside them", async () => {
    expect(await find({ areaCode: "2011" })).toEqual(["Fundacja Ogrody Sokólskie"]);
    expect(await find({ areaCode: "2002064" })).toEqual(["Spółdzielnia Socjalna „Testowe Smaki”"]);
    expect((await find({ areaCode: "20" })).length).toBe(2);
    expect(await find({ areaCode: "14" })).toEqual([]);
  });

  it("filters by CPV prefix, active certificate and legal form", async () => {
    expect(await find({ cpvPrefix: "7731" })).toEqual(["Fundacja Ogrody Sokólskie"]);
    expect(await find({ activeCertificateType: "ZAKUP_PROSPOLECZNY" })).toEqual([
      "Spółdzielnia Socjalna „Testowe Smaki”",
    ]);
    expect(await find({ legalForms: ["FOUNDATION"] })).toEqual(["Fundacja Ogrody Sokólskie"]);
    expect(await find({ text: "5252248481" })).toEqual(["Spółdzielnia Socjalna „Testowe Smaki”"]);
  });

  it("finds names with typos and without Polish letters (Meilisearch), ranked by relevance", async () => {
    expect((await find({ text: "ogrody sokolskie" }))[0]).toBe("Fundacja Ogrody Sokólskie");
    expect((await find({ text: "testowe smkai" }))[0]).toBe("Spółdzielnia Socjalna „Testowe Smaki”");
    expect((await find({ text: "pielegnacja zieleni" }))[0]).toBe("Fundacja Ogrody Sokólskie");
    expect(await find({ text: "pielegnacja zieleni", legalForms: ["SOCIAL_COOPERATIVE"] })).not.toContain(
      "Fundacja Ogrody Sokólskie",
    );
  });

  it("rejects a malformed area code with BAD_USER_INPUT naming the field", async () => {
    const response = await graphqlRequest(
      api,
      `{ organizations(filter: { areaCode: "2x" }, first: 1) { totalCount } }`,
    );
    expect(response.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "filter.areaCode" });
  });
});
