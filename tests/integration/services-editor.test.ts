import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationRow, insertServiceRow } from "../factories/service-rows";
import { signInEditor } from "../support/editor-session";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

let database: TestDatabase;
let api: RunningApi;
let editor: Record<string, string>;
let providerId: string;
let now = new Date("2026-11-23T09:30:00Z");

const FIELDS = `service { id slug title publicationState isStale lastVerifiedAt provider { name }
  cost { kind amount unit } areasServed { code }
  locations { name coordinates { latitude } openingHours { weekday opens closes } exceptions { date closed } } }
  userErrors { field message }`;

interface PayloadData {
  service: {
    id: string;
    slug: string;
    publicationState: string;
    isStale: boolean;
    lastVerifiedAt: string | null;
    locations: { openingHours: unknown[] }[];
  } | null;
  userErrors: { field: string[]; message: string }[];
}

function validInput(overrides: Record<string, unknown> = {}) {
  return {
    title: "Usługi wytchnieniowe Zorzyńskie w Łapach",
    description: "Opieka nad osobą z niepełnosprawnością, gdy opiekun odpoczywa.",
    serviceType: "RESPITE_CARE",
    providerId,
    targetGroups: ["CARERS", "PEOPLE_WITH_DISABILITIES"],
    cost: { kind: "PAID", amount: 25, unit: "za godzinę" },
    eligibility: { minAge: 18, disabilityCertificateRequired: true },
    howToApply: { text: "Zadzwoń do OPS i umów wizytę.", requiredDocuments: ["orzeczenie", "wniosek"] },
    deliveryModes: ["ON_SITE", "AT_HOME"],
    languages: ["pl", "UK"],
    areaCodes: ["2002063"],
    locations: [
      {
        name: "Ośrodek Pomocy Społecznej",
        address: { streetAddress: "ul. Główna 1", postalCode: "18-100", city: "Łapy", gminaCode: "2002063" },
        coordinates: { latitude: 52.9945, longitude: 22.8845 },
        openingHours: [
          { weekday: 2, opens: "12:00", closes: "16:00" },
          { weekday: 1, opens: "08:00", closes: "12:00" },
        ],
        exceptions: [{ date: "2026-12-24", closed: true, note: "Wigilia" }],
      },
    ],
    ...overrides,
  };
}

async function mutate(name: string, query: string, variables: Record<string, unknown>, headers = editor) {
  const response = await graphqlRequest<Record<string, PayloadData>>(api, query, variables, headers);
  expect(response.errors).toBeUndefined();
  return response.data![name]!;
}

const create = (input: Record<string, unknown>) =>
  mutate("createService", `mutation ($input: ServiceInput!) { createService(input: $input) { ${FIELDS} } }`, {
    input,
  });

async function count(table: string): Promise<number> {
  const { rows } = await database.pool.query<{ count: string }>(`select count(*) as count from ${table}`);
  return Number(rows[0]!.count);
}

async function searchSlugs(text: string, headers: Record<string, string> = {}) {
  const response = await graphqlRequest<{ services: { edges: { node: { slug: string } }[] } }>(
    api,
    `query ($text: String) { services(filter: { text: $text }, first: 20) { edges { node { slug } } } }`,
    { text },
    headers,
  );
  return response.data!.services.edges.map((edge) => edge.node.slug);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  const provider = await insertOrganizationRow(database.pool, { slug: "ops-lapy" });
  providerId = Buffer.from(`Organization:${provider}`).toString("base64url");
  await insertServiceRow(database.pool, { slug: "zajety-adres", serviceType: "MEALS", areaCodes: ["20"] });
  api = await startTestApi(database, { now: () => now });
  editor = await signInEditor(database, api);
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("editing services", () => {
  let serviceId: string;

  it("refuses anonymous writes", async () => {
    const response = await graphqlRequest(
      api,
      `mutation ($input: ServiceInput!) { createService(input: $input) { userErrors { field } } }`,
      { input: validInput() },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await count("service")).toBe(1);
  });

  it("creates a draft with its location, sorted hours and exceptions, audited and indexed", async () => {
    const payload = await create(validInput());
    expect(payload.userErrors).toEqual([]);
    expect(payload.service).toMatchObject({
      slug: "uslugi-wytchnieniowe-zorzynskie-w-lapach",
      publicationState: "DRAFT",
      provider: { name: "Organizacja ops-lapy" },
      cost: { kind: "PAID", amount: 25, unit: "za godzinę" },
      areasServed: [{ code: "2002063" }],
      locations: [
        {
          name: "Ośrodek Pomocy Społecznej",
          coordinates: { latitude: 52.9945 },
          openingHours: [
            { weekday: 1, opens: "08:00", closes: "12:00" },
            { weekday: 2, opens: "12:00", closes: "16:00" },
          ],
          exceptions: [{ date: "2026-12-24", closed: true }],
        },
      ],
    });
    serviceId = payload.service!.id;
    const audit = await database.pool.query(
      `select actor_user_id, after from audit_entry where action = 'SERVICE_CREATED'`,
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].actor_user_id).not.toBeNull();
    expect(audit.rows[0].after.languages).toEqual(["pl", "uk"]);
    // Indexed at once: editors find the draft by a word of its title, the public does not.
    expect(await searchSlugs("zorzynskie", editor)).toEqual(["uslugi-wytchnieniowe-zorzynskie-w-lapach"]);
    expect(await searchSlugs("zorzynskie")).toEqual([]);
  });

  it("publishes, so that everyone finds it", async () => {
    const payload = await mutate(
      "publishService",
      `mutation ($id: ID!) { publishService(id: $id) { ${FIELDS} } }`,
      { id: serviceId },
    );
    expect(payload.service!.publicationState).toBe("PUBLISHED");
    expect(await searchSlugs("zorzynskie")).toEqual(["uslugi-wytchnieniowe-zorzynskie-w-lapach"]);
  });

  it("returns every problem of an input with its path, and writes nothing", async () => {
    const before = await Promise.all(
      ["service", "service_location", "service_opening_hours", "audit_entry"].map(count),
    );
    const payload = await create(
      validInput({
        slug: "zajety-adres",
        cost: { kind: "PAID" },
        eligibility: { minAge: 70, maxAge: 60 },
        areaCodes: ["2099"],
        locations: [
          {
            address: {
              streetAddress: "ul. Główna 1",
              postalCode: "18100",
              city: "Łapy",
              gminaCode: "2002063",
            },
            coordinates: { latitude: 52.2297, longitude: 21.0122 },
            openingHours: [
              { weekday: 1, opens: "08:00", closes: "14:00" },
              { weekday: 1, opens: "13:00", closes: "15:00" },
              { weekday: 3, opens: "16:00", closes: "15:00" },
            ],
            exceptions: [{ date: "2026-12-24", closed: false }],
          },
        ],
      }),
    );
    expect(payload.service).toBeNull();
    expect(payload.userErrors.map((error) => error.field.join("."))).toEqual([
      "input.cost.amount",
      "input.eligibility.maxAge",
      "input.locations.0.address.postalCode",
      "input.locations.0.openingHours.2.closes",
      "input.locations.0.openingHours.1",
      "input.locations.0.exceptions.0.opens",
      "input.locations.0.exceptions.0.closes",
    ]);
    // The database checks come once the input itself is sound.
    const references = await create(
      validInput({
        slug: "zajety-adres",
        providerId: "bm9wZQ",
        areaCodes: ["2099"],
        locations: [
          {
            address: {
              streetAddress: "ul. Główna 1",
              postalCode: "18-100",
              city: "Łapy",
              gminaCode: "2002063",
            },
            coordinates: { latitude: 52.2297, longitude: 21.0122 },
          },
          {
            address: {
              streetAddress: "ul. Polna 2",
              postalCode: "18-100",
              city: "Łapy",
              gminaCode: "2002064",
            },
          },
        ],
      }),
    );
    expect(references.userErrors).toEqual([
      {
        field: ["input", "locations", "0", "coordinates"],
        message: "must lie in the województwo of the gmina (are latitude and longitude swapped?)",
      },
      {
        field: ["input", "locations", "1", "address", "gminaCode"],
        message: "must be a gmina, not a part of one",
      },
      { field: ["input", "areaCodes", "0"], message: "is not a TERYT unit" },
      { field: ["input", "providerId"], message: "is not the ID of an organization" },
      { field: ["input", "slug"], message: "is already used by another service" },
    ]);
    const nowhere = await create(validInput({ slug: "nigdzie", areaCodes: [], locations: [] }));
    expect(nowhere.userErrors).toEqual([
      { field: ["input", "areaCodes"], message: "a service needs at least one location or one area served" },
    ]);
    const after = await Promise.all(
      ["service", "service_location", "service_opening_hours", "audit_entry"].map(count),
    );
    expect(after).toEqual(before);
  });

  it("replaces locations on update and keeps the previous version in the audit log", async () => {
    const payload = await mutate(
      "updateService",
      `mutation ($id: ID!, $input: ServiceInput!) { updateService(id: $id, input: $input) { ${FIELDS} } }`,
      {
        id: serviceId,
        input: validInput({
          cost: { kind: "FREE" },
          locations: [
            {
              address: {
                streetAddress: "ul. Sienkiewicza 2",
                postalCode: "18-100",
                city: "Łapy",
                gminaCode: "2002063",
              },
              openingHours: [{ weekday: 7, opens: "00:00", closes: "24:00" }],
            },
          ],
        }),
      },
    );
    expect(payload.userErrors).toEqual([]);
    expect(payload.service!.publicationState).toBe("PUBLISHED");
    expect(payload.service!.locations).toEqual([
      {
        name: "",
        coordinates: null,
        openingHours: [{ weekday: 7, opens: "00:00", closes: "24:00" }],
        exceptions: [],
      },
    ]);
    expect(await count("service_location")).toBe(1);
    expect(await count("service_opening_exception")).toBe(0);
    const audit = await database.pool.query(
      `select before, after from audit_entry where action = 'SERVICE_UPDATED'`,
    );
    expect(audit.rows[0].before.costKind).toBe("PAID");
    expect(audit.rows[0].before.locations[0].exceptions).toEqual([
      { date: "2026-12-24", closed: true, opens: null, closes: null, note: "Wigilia" },
    ]);
    expect(audit.rows[0].after.costKind).toBe("FREE");
  });

  it("verifies (no longer stale) and archives (hidden from the public and its search)", async () => {
    const verified = await mutate(
      "verifyService",
      `mutation ($id: ID!) { verifyService(id: $id, source: "telefon do OPS") { ${FIELDS} } }`,
      { id: serviceId },
    );
    expect(verified.service).toMatchObject({ isStale: false, lastVerifiedAt: "2026-11-23" });
    now = new Date("2027-11-24T09:30:00Z");
    const later = await graphqlRequest<{ service: { isStale: boolean } }>(
      api,
      `query ($id: ID!) { service(id: $id) { isStale } }`,
      { id: serviceId },
    );
    expect(later.data).toEqual({ service: { isStale: true } });

    const archived = await mutate(
      "archiveService",
      `mutation ($id: ID!) { archiveService(id: $id) { ${FIELDS} } }`,
      { id: serviceId },
    );
    expect(archived.service!.publicationState).toBe("ARCHIVED");
    expect(await searchSlugs("zorzynskie")).toEqual([]);
    const anonymous = await graphqlRequest(api, `query ($id: ID!) { service(id: $id) { slug } }`, {
      id: serviceId,
    });
    expect(anonymous.data).toEqual({ service: null });
  });
});
