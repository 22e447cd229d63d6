import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { syncServices } from "@obserwatorium/search-indexer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationRow, insertServiceRow } from "../factories/service-rows";
import { hsdsValidators } from "../support/hsds-schemas";
import { TERYT_FILE } from "../support/paths";
import { SqlCounter } from "../support/sql-counter";
import { createTestDatabase, startTestApi, type TestDatabase } from "../support/test-hub";

const TODAY = "2026-11-22";
const LAPY = "2002063";
const sql = new SqlCounter();
const schemas = hsdsValidators();

let database: TestDatabase;
let api: RunningApi;
let origin: string;
const ids: Record<string, string> = {};

type Json = Record<string, unknown> & { contents?: Record<string, unknown>[] };

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}${path}`, { headers });
  const body = response.status === 304 ? null : ((await response.json()) as Json);
  return { response, status: response.status, body: body! };
}

/** A paginated list: the envelope against the HSDS Page, each item against its official schema. */
async function getPage(path: string, item: Parameters<typeof schemas.problems>[0]) {
  const result = await get(path);
  expect(result.status, path).toBe(200);
  expect(schemas.problems(schemas.page, result.body), `${path} envelope`).toEqual([]);
  for (const [index, entry] of (result.body.contents ?? []).entries()) {
    expect(schemas.problems(item, entry), `${path} contents[${index}]`).toEqual([]);
  }
  return result.body;
}

const names = (page: Json) => (page.contents ?? []).map((entry) => entry.name);

beforeAll(async () => {
  database = await createTestDatabase({ loggerFactory: sql.loggerFactory });
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  ids.provider = await insertOrganizationRow(database.pool, { slug: "stowarzyszenie-razem" });
  await database.pool.query(
    `update organization set website = 'www.razem.example.org', phone = '85 123 45 67', nip = '5420000000',
       krs = '0000123456', description = 'Stowarzyszenie z Łap' where id = $1`,
    [ids.provider],
  );
  ids.draftProvider = await insertOrganizationRow(database.pool, {
    slug: "szkic",
    publicationState: "DRAFT",
  });
  const hours: [number, string, string][] = [
    [1, "08:00", "16:00"],
    [3, "10:00", "18:00"],
  ];
  ids.club = await insertServiceRow(database.pool, {
    slug: "klub-seniora",
    title: "Klub Seniora „Złota Jesień” w Łapach",
    serviceType: "SENIOR_CLUB",
    providerId: ids.provider,
    costKind: "PAID",
    costAmount: 12.5,
    languages: ["pl", "pjm"],
    accessibilityFeatures: ["STEP_FREE_ACCESS", "INDUCTION_LOOP"],
    lastVerifiedAt: "2026-10-01",
    areaCodes: [LAPY, "2002"],
    locations: [
      { gminaCode: LAPY, hours },
      { gminaCode: LAPY, coordinates: null },
    ],
  });
  ids.secondProvider = await insertOrganizationRow(database.pool, { slug: "fundacja-posilek" });
  ids.meals = await insertServiceRow(database.pool, {
    slug: "posilek",
    title: "Posiłek dla potrzebujących",
    serviceType: "MEALS",
    providerId: ids.secondProvider,
    locations: [{ gminaCode: LAPY, hours: [[2, "12:00", "14:00"]] }],
  });
  ids.assistance = await insertServiceRow(database.pool, {
    slug: "asystencja",
    title: "Asystencja osobista",
    serviceType: "PERSONAL_ASSISTANCE",
  });
  ids.draft = await insertServiceRow(database.pool, {
    slug: "szkic-klubu",
    title: "Klub Seniora szkic",
    serviceType: "SENIOR_CLUB",
    publicationState: "DRAFT",
  });
  ids.archived = await insertServiceRow(database.pool, {
    slug: "archiwalny-klub",
    title: "Klub Seniora archiwalny",
    serviceType: "SENIOR_CLUB",
    publicationState: "ARCHIVED",
  });
  ids.ofDraftProvider = await insertServiceRow(database.pool, {
    slug: "klub-szkicu",
    title: "Klub Seniora podmiotu w szkicu",
    serviceType: "SENIOR_CLUB",
    providerId: ids.draftProvider,
  });
  await database.pool.query(`update service set updated_at = '2024-03-01T10:00:00Z' where id = $1`, [
    ids.meals,
  ]);
  await syncServices(database.pool, database.search, { today: TODAY });
  api = await startTestApi(database, { today: () => TODAY, siteUrl: "https://obserwatorium.example" });
  origin = new URL(api.url).origin;
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("HSDS services", () => {
  it("lists published services only, paginated like the HSDS API, valid against the official schemas", async () => {
    const first = await getPage("/hsds/services?per_page=2", schemas.service);
    expect(first).toMatchObject({
      total_items: 3,
      total_pages: 2,
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: false,
      empty: false,
    });
    const second = await getPage("/hsds/services?per_page=2&page=2", schemas.service);
    expect(second).toMatchObject({ page_number: 2, size: 1, first_page: false, last_page: true });
    expect([...names(first), ...names(second)]).toEqual([
      "Asystencja osobista",
      "Klub Seniora „Złota Jesień” w Łapach",
      "Posiłek dla potrzebujących",
    ]);
    const beyond = await getPage("/hsds/services?per_page=2&page=3", schemas.service);
    expect(beyond).toMatchObject({ empty: true, size: 0, contents: [] });
  });

  it("gives the fully nested service, mapped from our records", async () => {
    const { body, response } = await get(`/hsds/services/${ids.club}`);
    expect(schemas.problems(schemas.service, body)).toEqual([]);
    expect(response.headers.get("link")).toBe(
      '<https://creativecommons.org/licenses/by/4.0/>; rel="license"',
    );
    expect(body).toMatchObject({
      id: ids.club,
      organization_id: ids.provider,
      status: "active",
      url: "https://obserwatorium.example/uslugi/klub-seniora",
      minimum_age: 60,
      assured_date: "2026-10-01",
      organization: { id: ids.provider, website: "https://www.razem.example.org" },
      cost_options: [{ option: "odpłatna", amount: 12.5, currency: "PLN", amount_description: "za godzinę" }],
      languages: [
        { code: "pl", name: "polski" },
        { code: "pso", name: "polski język migowy" },
      ],
      required_documents: [{ document: "wniosek" }],
      service_areas: [
        { name: "białostocki", extent_type: "text", extent: "2002", uri: "urn:teryt:terc:2002" },
        { name: "Łapy", extent_type: "text", extent: LAPY, uri: `urn:teryt:terc:${LAPY}` },
      ],
    });
    const sal = (body.service_at_locations as Json[])[0]!;
    expect(sal.location).toMatchObject({
      location_type: "physical",
      latitude: 52.99,
      longitude: 22.88,
      external_identifier: LAPY,
      addresss: [
        {
          address_1: "ul. Główna 1",
          city: "Łapy",
          postal_code: "18-100",
          region: "podlaskie",
          country: "PL",
        },
      ],
      accessibilitys: [
        { description: "dostęp bez schodów i progów", details: "STEP_FREE_ACCESS" },
        { description: "pętla indukcyjna", details: "INDUCTION_LOOP" },
      ],
    });
    expect(sal.schedules).toMatchObject([
      { freq: "WEEKLY", byday: "MO", opens_at: "08:00", closes_at: "16:00" },
      { freq: "WEEKLY", byday: "WE", opens_at: "10:00", closes_at: "18:00" },
    ]);
    const terms = (body.attributes as Json[]).map((attribute) => (attribute.taxonomy_term as Json).code);
    expect(terms).toEqual(["SENIOR_CLUB", "SOCIAL_ASSISTANCE"]);
  });

  it("hides drafts, archived services and services of unpublished providers: 404", async () => {
    for (const id of [ids.draft, ids.archived, ids.ofDraftProvider, crypto.randomUUID(), "not-a-uuid"]) {
      const { status, body } = await get(`/hsds/services/${id}`);
      expect(status, id).toBe(404);
      expect(body.error).toBe("NOT_FOUND");
    }
    const { status } = await get(`/hsds/organizations/${ids.draftProvider}`);
    expect(status).toBe(404);
  });

  it("searches through the search engine, tolerating typos and missing diacritics", async () => {
    for (const search of ["zlota jesien", "klub senjora", "posilek"]) {
      const page = await getPage(`/hsds/services?search=${encodeURIComponent(search)}`, schemas.service);
      expect(page.total_items, search).toBeGreaterThan(0);
      expect(names(page)[0], search).toMatch(search === "posilek" ? /Posiłek/ : /Złota Jesień/);
      expect(names(page).join(), search).not.toMatch(/szkic|archiwalny/);
    }
    expect((await getPage("/hsds/services?search=xyzzyqq", schemas.service)).empty).toBe(true);
  });

  it("filters by a taxonomy term (a type, or an area with all its types) and by modified_after", async () => {
    const terms = await getPage("/hsds/taxonomy_terms?per_page=100", schemas.taxonomyTerm);
    const termId = (code: string) => terms.contents!.find((term) => term.code === code)!.id as string;
    const byType = await getPage(`/hsds/services?taxonomy_term_id=${termId("MEALS")}`, schemas.service);
    expect(names(byType)).toEqual(["Posiłek dla potrzebujących"]);
    const byArea = await getPage(
      `/hsds/services?taxonomy_term_id=${termId("SOCIAL_ASSISTANCE")}`,
      schemas.service,
    );
    expect(names(byArea)).toEqual(["Klub Seniora „Złota Jesień” w Łapach", "Posiłek dla potrzebujących"]);
    const recent = await getPage("/hsds/services?modified_after=2025-01-01T00:00:00Z", schemas.service);
    expect(names(recent)).not.toContain("Posiłek dla potrzebujących");
    expect(recent.total_items).toBe(2);
  });

  it("answers 400 naming the parameter for bad page, per_page, modified_after and taxonomy_term_id", async () => {
    for (const [query, parameter] of [
      ["page=0", "page"],
      ["page=abc", "page"],
      ["per_page=101", "per_page"],
      ["per_page=-1", "per_page"],
      ["modified_after=yesterday", "modified_after"],
      ["modified_after=2026-13-45T00:00:00Z", "modified_after"],
      ["taxonomy_term_id=SENIOR_CLUB", "taxonomy_term_id"],
      [`taxonomy_term_id=${crypto.randomUUID()}`, "taxonomy_term_id"],
      ["search=" + "a".repeat(201), "search"],
    ]) {
      const { status, body } = await get(`/hsds/services?${query}`);
      expect(status, query).toBe(400);
      expect(body, query).toMatchObject({ error: "BAD_REQUEST", parameter });
      expect(body.message, query).toContain(parameter);
    }
  });

  it("costs a constant number of SQL statements per page, whatever its size (no N+1)", async () => {
    const count = async (path: string) => {
      sql.reset();
      expect((await get(path)).status).toBe(200);
      return sql.statements.length;
    };
    // Page ids and count, the services, their providers: two providers cost what one does.
    expect(await count("/hsds/services?per_page=3")).toBe(3);
    expect(await count("/hsds/services?per_page=1&page=2")).toBe(3);
    expect(await count("/hsds/organizations?per_page=2")).toBe(await count("/hsds/organizations?per_page=1"));
    // Two locations with hours cost what one does.
    expect(await count(`/hsds/services/${ids.club}`)).toBe(await count(`/hsds/services/${ids.meals}`));
  });

  it("answers 304 to a client holding the current page", async () => {
    const { response } = await get("/hsds/services");
    const etag = response.headers.get("etag")!;
    expect(response.headers.get("last-modified")).toBeTruthy();
    expect((await get("/hsds/services", { "If-None-Match": etag })).status).toBe(304);
  });
});

describe("HSDS organizations and taxonomy", () => {
  it("lists and gives published organizations, valid against the official schema", async () => {
    const page = await getPage("/hsds/organizations", schemas.organization);
    expect(names(page)).toEqual(["Organizacja fundacja-posilek", "Organizacja stowarzyszenie-razem"]);
    const { body } = await get(`/hsds/organizations/${ids.provider}`);
    expect(schemas.problems(schemas.organization, body)).toEqual([]);
    expect(body).toMatchObject({
      id: ids.provider,
      description: "Stowarzyszenie z Łap",
      uri: "https://obserwatorium.example/podmioty/stowarzyszenie-razem",
      phones: [{ number: "85 123 45 67" }],
    });
    expect((body.organization_identifiers as Json[]).map((entry) => entry.identifier)).toEqual([
      "5420000000",
      "0000123456",
    ]);
  });

  it("publishes our service categories as a custom taxonomy with stable UUIDs", async () => {
    const taxonomies = await getPage("/hsds/taxonomies", schemas.taxonomy);
    expect(taxonomies.total_items).toBe(1);
    const taxonomy = taxonomies.contents![0]!;
    const terms = await getPage("/hsds/taxonomy_terms?per_page=100", schemas.taxonomyTerm);
    expect(terms.total_items).toBe(14 + 25);
    const club = terms.contents!.find((term) => term.code === "SENIOR_CLUB")!;
    const area = terms.contents!.find((term) => term.code === "SOCIAL_ASSISTANCE")!;
    expect(club).toMatchObject({ taxonomy_id: taxonomy.id, parent_id: area.id, name: "klub seniora" });
    expect(area.parent_id).toBeUndefined();
    const { body } = await get(`/hsds/taxonomy_terms/${club.id}`);
    expect(body).toEqual(club);
    expect((await get(`/hsds/taxonomies/${taxonomy.id}`)).body).toEqual(taxonomy);
    const root = (await get("/hsds")).body;
    expect(root).toMatchObject({ version: "3.0", links: { services: `${origin}/hsds/services` } });
  });
});
