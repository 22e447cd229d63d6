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
  createOrganization(input: $input) { organization { id } userErrors { field message } }
}`;
const PUBLISH = `mutation ($id: ID!) { publishOrganization(id: $id) { userErrors { message } } }`;
const LIST = `query ($filter: OrganizationFilter) {
  organizations(filter: $filter, first: 50) { totalCount edges { node { name reservedContractKinds } } }
}`;

const BIALYSTOK = {
  streetAddress: "ul. Lipowa 1",
  postalCode: "15-427",
  city: "Białystok",
  gminaCode: "2061011",
};
const LOMZA = { streetAddress: "ul. Długa 2", postalCode: "18-400", city: "Łomża", gminaCode: "2062011" };
const CATERING = { kind: "SERVICE", name: "Catering", cpvCodes: ["55520000-1"] };
// 85312000-9 (social work without accommodation) is on the art. 361 list.
const CARE = { kind: "SERVICE", name: "Usługi opiekuńcze", cpvCodes: ["85312000-9"] };

/** name → overrides; every organization is published, so anonymous callers see it. */
const ORGANIZATIONS: Record<string, Record<string, unknown>> = {
  "Spółdzielnia Socjalna Smaki": { legalForm: "SOCIAL_COOPERATIVE", offerings: [CATERING] },
  "Fundacja Opieka": {
    legalForm: "FOUNDATION",
    offerings: [CARE],
    areaCodes: ["2061"],
  },
  "CIS Łomża": {
    legalForm: "ASSOCIATION",
    pesType: "CIS",
    foundingBody: "Stowarzyszenie Ku Dobrej Nadziei",
    address: LOMZA,
    areaCodes: [],
    offerings: [CATERING, { ...CARE, cpvCodes: ["85312000-0"] }],
  },
  "Fundacja Kuchnia": { legalForm: "FOUNDATION", offerings: [CATERING] },
  "Spółdzielnia Pracy Zwykła": { legalForm: "WORKERS_COOPERATIVE", offerings: [CATERING], address: LOMZA },
};

async function names(filter: Record<string, unknown>) {
  const response = await graphqlRequest<{
    organizations: { edges: { node: { name: string; reservedContractKinds: string[] } }[] };
  }>(api, LIST, { filter });
  expect(response.errors).toBeUndefined();
  return response.data!.organizations.edges.map((edge) => edge.node.name).sort();
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  editor = await signInEditor(database, api);
  let index = 0;
  for (const [name, overrides] of Object.entries(ORGANIZATIONS)) {
    const response = await graphqlRequest<{
      createOrganization: { organization: { id: string } | null; userErrors: unknown[] };
    }>(
      api,
      CREATE,
      {
        input: organizationInput({
          name,
          shortName: null,
          slug: `podmiot-${++index}`,
          nip: null,
          regon: null,
          krs: null,
          address: BIALYSTOK,
          ...overrides,
        }),
      },
      editor,
    );
    expect(response.data?.createOrganization.userErrors).toEqual([]);
    await graphqlRequest(api, PUBLISH, { id: response.data!.createOrganization.organization!.id }, editor);
  }
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("organizations that may bid for reserved contracts", () => {
  it("tells each organization what it may bid for", async () => {
    const response = await graphqlRequest<{
      organizations: { edges: { node: { name: string; reservedContractKinds: string[] } }[] };
    }>(api, LIST, {});
    const kinds = Object.fromEntries(
      response.data!.organizations.edges.map(({ node }) => [node.name, node.reservedContractKinds]),
    );
    expect(kinds).toEqual({
      "Spółdzielnia Socjalna Smaki": ["SOCIAL_INTEGRATION"],
      "Fundacja Opieka": ["PUBLIC_SERVICE_MISSION"],
      "CIS Łomża": ["SOCIAL_INTEGRATION", "PUBLIC_SERVICE_MISSION"],
      "Fundacja Kuchnia": [],
      "Spółdzielnia Pracy Zwykła": [],
    });
  });

  it("art. 94: selects by legal form or PES type, whatever the offer", async () => {
    expect(await names({ canBidForReservedContract: "SOCIAL_INTEGRATION" })).toEqual([
      "CIS Łomża",
      "Spółdzielnia Socjalna Smaki",
    ]);
  });

  it("art. 361: selects by an offering's CPV code on the list, check digit aside", async () => {
    expect(await names({ canBidForReservedContract: "PUBLIC_SERVICE_MISSION" })).toEqual([
      "CIS Łomża",
      "Fundacja Opieka",
    ]);
  });

  it("combines with areaCode", async () => {
    expect(await names({ canBidForReservedContract: "SOCIAL_INTEGRATION", areaCode: "2062" })).toEqual([
      "CIS Łomża",
    ]);
    expect(await names({ canBidForReservedContract: "PUBLIC_SERVICE_MISSION", areaCode: "2061011" })).toEqual(
      ["Fundacja Opieka"],
    );
  });

  it("combines with cpvPrefix", async () => {
    expect(await names({ canBidForReservedContract: "SOCIAL_INTEGRATION", cpvPrefix: "5552" })).toEqual([
      "CIS Łomża",
      "Spółdzielnia Socjalna Smaki",
    ]);
    expect(await names({ canBidForReservedContract: "SOCIAL_INTEGRATION", cpvPrefix: "853" })).toEqual([
      "CIS Łomża",
    ]);
    expect(await names({ canBidForReservedContract: "PUBLIC_SERVICE_MISSION", cpvPrefix: "55" })).toEqual([
      "CIS Łomża",
    ]);
    expect(
      await names({ canBidForReservedContract: "PUBLIC_SERVICE_MISSION", cpvPrefix: "55", areaCode: "2061" }),
    ).toEqual([]);
  });

  it("refuses a value that is not a kind", async () => {
    const response = await graphqlRequest(api, LIST, { filter: { canBidForReservedContract: "ART_94" } });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
