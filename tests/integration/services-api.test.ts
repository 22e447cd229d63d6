import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationRow, insertServiceRow } from "../factories/service-rows";
import { signInEditor } from "../support/editor-session";
import { TERYT_FILE } from "../support/paths";
import { SqlCounter } from "../support/sql-counter";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

const sql = new SqlCounter();
const WEEKDAYS_8_TO_16: [number, string, string][] = [1, 2, 3, 4, 5].map((day) => [day, "08:00", "16:00"]);
const BULK = 25;

let database: TestDatabase;
let api: RunningApi;
let editor: Record<string, string>;
/** Monday 23 November 2026, 10:30 in Poland. */
let now = new Date("2026-11-23T09:30:00Z");
let providerGlobalId: string;

interface ServicesData {
  services: { totalCount: number; edges: { node: { slug: string } }[] };
}

async function slugs(filter: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await graphqlRequest<ServicesData>(
    api,
    `query ($filter: ServiceFilter) { services(filter: $filter, first: 100) {
       totalCount edges { node { slug } } } }`,
    { filter },
    headers,
  );
  expect(response.errors).toBeUndefined();
  return response
    .data!.services.edges.map((edge) => edge.node.slug)
    .filter((slug) => !slug.startsWith("bulk-"));
}

beforeAll(async () => {
  database = await createTestDatabase({ loggerFactory: sql.loggerFactory });
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  const { pool } = database;
  const provider = await insertOrganizationRow(pool, { slug: "ops-lapy" });
  const hiddenProvider = await insertOrganizationRow(pool, { slug: "szkic-org", publicationState: "DRAFT" });
  providerGlobalId = Buffer.from(`Organization:${provider}`).toString("base64url");
  await insertServiceRow(pool, {
    slug: "wytchnieniowa-powiat",
    title: "Opieka wytchnieniowa w powiecie białostockim",
    serviceType: "RESPITE_CARE",
    providerId: provider,
    targetGroups: ["CARERS"],
    deliveryModes: ["AT_HOME"],
    languages: ["pl", "uk"],
    accessibilityFeatures: ["STEP_FREE_ACCESS", "INDUCTION_LOOP"],
    lastVerifiedAt: "2026-06-01",
    areaCodes: ["2002"],
  });
  await insertServiceRow(pool, {
    slug: "klub-seniora-lapy",
    title: "Klub seniora w Łapach",
    serviceType: "SENIOR_CLUB",
    providerId: provider,
    costKind: "PAID",
    costAmount: 10,
    targetGroups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
    languages: ["pl", "pjm"],
    locations: [
      {
        gminaCode: "2002063",
        hours: WEEKDAYS_8_TO_16,
        exceptions: [
          { date: "2026-11-24", closed: true, note: "Dzień sprzątania" },
          { date: "2026-11-28", closed: false, opens: "10:00", closes: "12:00", note: "Sobota otwarta" },
        ],
      },
    ],
  });
  await insertServiceRow(pool, {
    slug: "teleopieka-podlaskie",
    serviceType: "TELECARE",
    costKind: "INCOME_DEPENDENT",
    deliveryModes: ["REMOTE"],
    lastVerifiedAt: "2026-01-10",
    areaCodes: ["20"],
  });
  await insertServiceRow(pool, {
    slug: "szkic-uslugi",
    serviceType: "CARE_SERVICES",
    publicationState: "DRAFT",
    areaCodes: ["20"],
  });
  await insertServiceRow(pool, {
    slug: "usluga-ukrytego-dostawcy",
    serviceType: "CARE_SERVICES",
    providerId: hiddenProvider,
    areaCodes: ["20"],
  });
  for (let index = 0; index < BULK; index++) {
    await insertServiceRow(pool, {
      slug: `bulk-${String(index).padStart(2, "0")}`,
      serviceType: "MEALS",
      providerId: index % 2 ? provider : null,
      areaCodes: ["2002", "2002013"],
      locations: [
        { gminaCode: "2002013", hours: WEEKDAYS_8_TO_16, exceptions: [{ date: "2026-12-24", closed: true }] },
        { gminaCode: "2002063", hours: [[6, "09:00", "12:00"]] },
      ],
    });
  }
  api = await startTestApi(database, { now: () => now });
  editor = await signInEditor(database, api);
});
afterAll(async () => {
  await api.stop();
  await database.drop();
});

describe("area semantics", () => {
  it("finds a powiat-wide service in each of its gminy, and not outside the powiat", async () => {
    for (const gmina of ["2002063", "2002013", "2002082"]) {
      expect(await slugs({ areaCode: gmina })).toContain("wytchnieniowa-powiat");
    }
    expect(await slugs({ areaCode: "2002" })).toContain("wytchnieniowa-powiat");
    expect(await slugs({ areaCode: "2061011" })).not.toContain("wytchnieniowa-powiat");
  });

  it("finds a gmina service in its gmina, its powiat and voivodeship, not in the neighbouring gmina", async () => {
    expect(await slugs({ areaCode: "2002063" })).toContain("klub-seniora-lapy");
    expect(await slugs({ areaCode: "2002" })).toContain("klub-seniora-lapy");
    expect(await slugs({ areaCode: "20" })).toContain("klub-seniora-lapy");
    expect(await slugs({ areaCode: "2002082" })).not.toContain("klub-seniora-lapy");
    expect(await slugs({ areaCode: "2061011" })).not.toContain("klub-seniora-lapy");
  });

  it("finds a voivodeship-wide service everywhere in podlaskie, not elsewhere", async () => {
    for (const code of ["2061011", "2002063", "2011", "20"]) {
      expect(await slugs({ areaCode: code })).toContain("teleopieka-podlaskie");
    }
    expect(await slugs({ areaCode: "1465011" })).toEqual([]);
  });
});

describe("filters", () => {
  it("combines category, type, target group, cost, delivery, accessibility, language and provider", async () => {
    expect(await slugs({ serviceAreas: ["DISABILITY_SUPPORT"] })).toEqual(["wytchnieniowa-powiat"]);
    expect(await slugs({ serviceAreas: ["CULTURE"] })).toEqual([]);
    expect(await slugs({ serviceTypes: ["TELECARE", "SENIOR_CLUB"] })).toEqual([
      "klub-seniora-lapy",
      "teleopieka-podlaskie",
    ]);
    expect(await slugs({ targetGroups: ["CARERS", "REFUGEES_AND_MIGRANTS"] })).toEqual([
      "wytchnieniowa-powiat",
    ]);
    expect(await slugs({ freeOnly: true, areaCode: "2002063" })).toEqual(["wytchnieniowa-powiat"]);
    expect(await slugs({ deliveryModes: ["REMOTE"] })).toEqual(["teleopieka-podlaskie"]);
    expect(await slugs({ accessibilityFeatures: ["STEP_FREE_ACCESS", "INDUCTION_LOOP"] })).toEqual([
      "wytchnieniowa-powiat",
    ]);
    expect(await slugs({ accessibilityFeatures: ["STEP_FREE_ACCESS", "SIGN_LANGUAGE"] })).toEqual([]);
    expect(await slugs({ languages: ["uk"] })).toEqual(["wytchnieniowa-powiat"]);
    expect(await slugs({ languages: ["PJM"] })).toEqual(["klub-seniora-lapy"]);
    expect(
      await slugs({ providerId: providerGlobalId, serviceTypes: ["SENIOR_CLUB", "RESPITE_CARE"] }),
    ).toEqual(["klub-seniora-lapy", "wytchnieniowa-powiat"]);
  });

  it("rejects malformed values, naming the field", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ areaCode: "20; drop" }, "filter.areaCode"],
      [{ openOn: { weekday: 1, time: "25:00" } }, "filter.openOn.time"],
      [{ openOn: { weekday: 8, time: "10:00" } }, "filter.openOn.weekday"],
      [{ languages: ["polski"] }, "filter.languages"],
      [{ providerId: "bm9wZQ" }, "filter.providerId"],
    ];
    for (const [filter, field] of cases) {
      const response = await graphqlRequest(
        api,
        `query ($f: ServiceFilter) { services(filter: $f, first: 1) { totalCount } }`,
        {
          f: filter,
        },
      );
      expect(response.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field });
    }
  });
});

describe("opening hours", () => {
  it("finds services open on a weekday at a time", async () => {
    expect(await slugs({ openOn: { weekday: 2, time: "10:00" } })).toEqual(["klub-seniora-lapy"]);
    expect(await slugs({ openOn: { weekday: 2, time: "16:00" } })).toEqual([]);
    expect(await slugs({ openOn: { weekday: 6, time: "10:00" } })).toEqual([]);
  });

  it("decides 'open now' from the clock in Poland, with a date's exception winning", async () => {
    now = new Date("2026-11-23T09:30:00Z"); // Monday 10:30
    expect(await slugs({ openNow: true })).toEqual(["klub-seniora-lapy"]);
    now = new Date("2026-11-23T15:30:00Z"); // Monday 16:30, closed
    expect(await slugs({ openNow: true })).toEqual([]);
    now = new Date("2026-11-24T09:30:00Z"); // Tuesday, closed by exception
    expect(await slugs({ openNow: true })).toEqual([]);
    now = new Date("2026-11-28T09:30:00Z"); // Saturday, open by exception 10:00–12:00
    expect(await slugs({ openNow: true })).toEqual(["klub-seniora-lapy"]);
    now = new Date("2026-11-28T11:30:00Z"); // Saturday 12:30
    expect(await slugs({ openNow: true })).toEqual([]);
    now = new Date("2026-11-23T09:30:00Z");
  });
});

describe("visibility", () => {
  it("hides drafts and services of unpublished providers from anonymous users, not from editors", async () => {
    const hidden = ["szkic-uslugi", "usluga-ukrytego-dostawcy"];
    const anonymous = await slugs({ areaCode: "20" });
    expect(anonymous).not.toContain(hidden[0]);
    expect(anonymous).not.toContain(hidden[1]);
    expect(await slugs({ areaCode: "20" }, editor)).toEqual(expect.arrayContaining(hidden));
    const bySlug = `query ($slug: String) { service(slug: $slug) { slug } }`;
    expect((await graphqlRequest(api, bySlug, { slug: "szkic-uslugi" })).data).toEqual({ service: null });
    expect((await graphqlRequest(api, bySlug, { slug: "szkic-uslugi" }, editor)).data).toEqual({
      service: { slug: "szkic-uslugi" },
    });
  });
});

describe("one service", () => {
  it("shows cost, eligibility, how to apply, provider, locations with hours, and staleness", async () => {
    const response = await graphqlRequest<{ service: { id: string } }>(
      api,
      `{ service(slug: "klub-seniora-lapy") {
         id slug category serviceType isStale lastVerifiedAt languages
         cost { kind amount unit } eligibility { minAge disabilityCertificateRequired }
         howToApply { text requiredDocuments } provider { name }
         locations { address { postalCode gminaCode } gmina { name } coordinates { latitude }
           openingHours { weekday opens closes } exceptions { date closed opens closes note } }
       } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.service).toMatchObject({
      slug: "klub-seniora-lapy",
      category: "SOCIAL_ASSISTANCE",
      serviceType: "SENIOR_CLUB",
      isStale: true,
      languages: ["pl", "pjm"],
      cost: { kind: "PAID", amount: 10, unit: "za godzinę" },
      eligibility: { minAge: 60, disabilityCertificateRequired: false },
      howToApply: { text: "Złóż wniosek w OPS.", requiredDocuments: ["wniosek"] },
      provider: { name: "Organizacja ops-lapy" },
      locations: [
        {
          address: { postalCode: "18-100", gminaCode: "2002063" },
          gmina: { name: "Łapy" },
          openingHours: expect.arrayContaining([{ weekday: 1, opens: "08:00", closes: "16:00" }]),
          exceptions: [
            { date: "2026-11-24", closed: true, opens: null, closes: null, note: "Dzień sprzątania" },
            { date: "2026-11-28", closed: false, opens: "10:00", closes: "12:00", note: "Sobota otwarta" },
          ],
        },
      ],
    });
    const node = await graphqlRequest(api, `query ($id: ID!) { node(id: $id) { ... on Service { slug } } }`, {
      id: response.data!.service.id,
    });
    expect(node.data).toEqual({ node: { slug: "klub-seniora-lapy" } });
    const fresh = await graphqlRequest(
      api,
      `{ service(slug: "wytchnieniowa-powiat") { isStale areasServed { code } } }`,
    );
    expect(fresh.data).toEqual({ service: { isStale: false, areasServed: [{ code: "2002" }] } });
  });
});

describe("serviceCategories", () => {
  it("lists the 14 areas in statutory order with counts of visible services", async () => {
    const query = `{ serviceCategories { code serviceCount types { code serviceCount } } }`;
    type Data = { serviceCategories: { code: string; serviceCount: number; types: { code: string }[] }[] };
    const response = await graphqlRequest<Data>(api, query);
    const categories = response.data!.serviceCategories;
    expect(categories).toHaveLength(14);
    expect(categories[0]!.code).toBe("FAMILY_POLICY");
    expect(categories[13]!.code).toBe("VOCATIONAL_AND_SOCIAL_REINTEGRATION");
    const count = (code: string) => categories.find((category) => category.code === code)!.serviceCount;
    expect(count("SOCIAL_ASSISTANCE")).toBe(BULK + 2); // meals, senior club, telecare
    expect(count("DISABILITY_SUPPORT")).toBe(1);
    const social = categories.find((category) => category.code === "SOCIAL_ASSISTANCE")!;
    expect(social.types).toContainEqual({ code: "CARE_SERVICES", serviceCount: 0 });
    const asEditor = (await graphqlRequest<Data>(api, query, {}, editor)).data!.serviceCategories;
    expect(asEditor.find((category) => category.code === "SOCIAL_ASSISTANCE")!.serviceCount).toBe(BULK + 4);
  });
});

describe("SQL cost", () => {
  const PAGE = `query ($first: Int!) { services(first: $first, filter: { serviceTypes: [MEALS] }) {
    totalCount
    edges { node { title category isStale cost { kind } provider { name } areasServed { code name }
      locations { name gmina { name } openingHours { weekday opens } exceptions { date closed } } } }
  } }`;

  async function selectsFor(first: number) {
    sql.reset();
    const response = await graphqlRequest<ServicesData>(api, PAGE, { first });
    expect(response.errors).toBeUndefined();
    expect(response.data!.services.edges).toHaveLength(first);
    expect(response.data!.services.totalCount).toBe(BULK);
    return sql.selects();
  }

  it("a page of 20 services with provider, areas, locations and hours costs a fixed number of queries", async () => {
    const twenty = await selectsFor(20);
    // ids page, services, providers, area codes, units, locations, gminas, hours, exceptions
    expect(twenty).toHaveLength(9);
    expect(await selectsFor(3)).toHaveLength(twenty.length);
  });
});
