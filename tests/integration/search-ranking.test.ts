import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { syncOrganizations, syncServices } from "@obserwatorium/search-indexer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationRow, insertServiceRow } from "../factories/service-rows";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

const TODAY = "2026-11-22";
const LAPY = "2002063";
const BIALYSTOK = "2061011";
const POWIAT_BIALOSTOCKI = "2002";

let database: TestDatabase;
let api: RunningApi;

/** Twins: the same text, so only the rule under test can order them. */
const RESPITE = "Opieka wytchnieniowa dla opiekunów osób zależnych";
const CLUB = "Klub seniora Zielony Zakątek";

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  const { pool } = database;
  await insertServiceRow(pool, {
    slug: "wytchnieniowa-w-lapach",
    title: RESPITE,
    serviceType: "RESPITE_CARE",
    lastVerifiedAt: "2026-09-01",
    locations: [{ gminaCode: LAPY }],
  });
  // Verified more recently, so only "located in the chosen gmina" can put the Łapy twin first.
  await insertServiceRow(pool, {
    slug: "wytchnieniowa-z-bialegostoku",
    title: RESPITE,
    serviceType: "RESPITE_CARE",
    lastVerifiedAt: "2026-11-01",
    areaCodes: [POWIAT_BIALOSTOCKI],
    locations: [{ gminaCode: BIALYSTOK }],
  });
  // The stale one first: insertion order cannot be what ranks the verified one first.
  await insertServiceRow(pool, {
    slug: "klub-nieaktualny",
    title: CLUB,
    serviceType: "SENIOR_CLUB",
    lastVerifiedAt: "2024-03-01",
    locations: [{ gminaCode: LAPY }],
  });
  await insertServiceRow(pool, {
    slug: "klub-zweryfikowany",
    title: CLUB,
    serviceType: "SENIOR_CLUB",
    lastVerifiedAt: "2026-11-01",
    locations: [{ gminaCode: LAPY }],
  });
  for (const [slug, active] of [
    ["spoldzielnia-zamknieta", false],
    ["spoldzielnia-dzialajaca", true],
  ] as const) {
    const id = await insertOrganizationRow(pool, { slug });
    await pool.query(
      `update organization set name = 'Spółdzielnia Socjalna Smaki Podlasia', is_active = $2
                      where id = $1`,
      [id, active],
    );
  }
  await syncServices(pool, database.search, { today: TODAY });
  await syncOrganizations(pool, database.search, { today: TODAY });
  api = await startTestApi(database, { today: () => TODAY });
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

async function searchSlugs(query: string, types: string[], filter: Record<string, unknown> = {}) {
  const response = await graphqlRequest<{
    search: {
      hits: { service?: { slug: string }; organization?: { slug: string } }[];
      facets: { types: { value: string; count: number }[] };
      degraded: boolean;
    };
  }>(
    api,
    `query ($query: String!, $types: [SearchHitType!], $filter: SearchFilter) {
       search(query: $query, types: $types, filter: $filter, first: 20) {
         hits { ... on ServiceSearchHit { service { slug } }
                ... on OrganizationSearchHit { organization { slug } } } facets { types { value count } } degraded } }`,
    { query, types, filter },
  );
  expect(response.errors).toBeUndefined();
  const search = response.data!.search;
  expect(search.degraded).toBe(false);
  return {
    slugs: search.hits.map((hit) => hit.service?.slug ?? hit.organization?.slug),
    typeCounts: search.facets.types,
  };
}

async function catalogueSlugs(filter: Record<string, unknown>) {
  const response = await graphqlRequest<{ services: { edges: { node: { slug: string } }[] } }>(
    api,
    `query ($filter: ServiceFilter) { services(filter: $filter, first: 20) { edges { node { slug } } } }`,
    { filter },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.services.edges.map((edge) => edge.node.slug);
}

describe("ranking beyond text relevance", () => {
  it("puts the more recently verified of two equally relevant services first", async () => {
    expect((await searchSlugs("opieka wytchnieniowa", ["SERVICE"])).slugs).toEqual([
      "wytchnieniowa-z-bialegostoku",
      "wytchnieniowa-w-lapach",
    ]);
    expect((await searchSlugs("klub seniora zielony", ["SERVICE"])).slugs).toEqual([
      "klub-zweryfikowany",
      "klub-nieaktualny",
    ]);
    expect(await catalogueSlugs({ text: "klub seniora zielony" })).toEqual([
      "klub-zweryfikowany",
      "klub-nieaktualny",
    ]);
  });

  it("puts a service located in the chosen gmina before one merely serving it", async () => {
    const inLapy = await searchSlugs("opieka wytchnieniowa", ["SERVICE"], { areaCode: LAPY });
    expect(inLapy.slugs).toEqual(["wytchnieniowa-w-lapach", "wytchnieniowa-z-bialegostoku"]);
    // Both queries of the split count towards the facets, once each.
    expect(inLapy.typeCounts).toEqual([{ value: "SERVICE", count: 2 }]);
    expect(await catalogueSlugs({ text: "opieka wytchnieniowa", areaCode: LAPY })).toEqual([
      "wytchnieniowa-w-lapach",
      "wytchnieniowa-z-bialegostoku",
    ]);
    // A gmina service is not found in another gmina its powiat-wide twin serves.
    expect((await searchSlugs("opieka wytchnieniowa", ["SERVICE"], { areaCode: BIALYSTOK })).slugs).toEqual([
      "wytchnieniowa-z-bialegostoku",
    ]);
    // Without text the catalogue is alphabetical, still with the located services first.
    const listed = await catalogueSlugs({ areaCode: LAPY });
    expect(listed.at(-1)).toBe("wytchnieniowa-z-bialegostoku");
    expect(listed).toHaveLength(4);
  });

  it("puts an active organization before a closed one of the same name", async () => {
    expect((await searchSlugs("smaki podlasia", ["ORGANIZATION"])).slugs).toEqual([
      "spoldzielnia-dzialajaca",
      "spoldzielnia-zamknieta",
    ]);
  });
});
