import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertServiceRow } from "../factories/service-rows";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

let database: TestDatabase;
let api: RunningApi;

const BIALYSTOK: [number, number] = [53.1325, 23.1688];
const LAPY: [number, number] = [52.9945, 22.8845];
const SUWALKI: [number, number] = [54.1115, 22.9308];

interface NearData {
  services: { totalCount: number; edges: { node: { slug: string; distanceKm: number | null } }[] };
}

async function near(radiusKm: number, orderBy?: string) {
  const response = await graphqlRequest<NearData>(
    api,
    `query ($filter: ServiceFilter, $orderBy: ServiceOrder) {
       services(filter: $filter, orderBy: $orderBy, first: 50) {
         totalCount edges { node { slug distanceKm(latitude: 53.1325, longitude: 23.1688) } } } }`,
    { filter: { near: { latitude: BIALYSTOK[0], longitude: BIALYSTOK[1], radiusKm } }, orderBy },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.services.edges.map((edge) => edge.node);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  const { pool } = database;
  await insertServiceRow(pool, {
    slug: "dzienny-dom-bialystok",
    serviceType: "DAY_CARE_HOME",
    targetGroups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
    locations: [{ gminaCode: "2061011", coordinates: BIALYSTOK }],
  });
  await insertServiceRow(pool, {
    slug: "klub-seniora-lapy",
    serviceType: "SENIOR_CLUB",
    targetGroups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS", "CARERS"],
    locations: [{ gminaCode: "2002063", coordinates: LAPY }],
  });
  await insertServiceRow(pool, {
    slug: "dps-suwalki",
    serviceType: "NURSING_HOME",
    locations: [{ gminaCode: "2063011", coordinates: SUWALKI }],
  });
  await insertServiceRow(pool, {
    slug: "teleopieka-choroszcz",
    serviceType: "TELECARE",
    locations: [{ gminaCode: "2002013", coordinates: null }],
  });
  await insertServiceRow(pool, {
    slug: "wytchnienie-powiat",
    serviceType: "RESPITE_CARE",
    targetGroups: ["CARERS"],
    areaCodes: ["2002"],
  });
  await insertServiceRow(pool, {
    slug: "szkic-schronisko-lapy",
    serviceType: "SHELTER",
    publicationState: "DRAFT",
    targetGroups: ["CARERS"],
    locations: [{ gminaCode: "2002063", coordinates: LAPY }],
  });
  api = await startTestApi(database);
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("near a point", () => {
  it("finds services with a location within the radius, nearest first, with their distance", async () => {
    const within30 = await near(30);
    expect(within30.map((service) => service.slug)).toEqual(["dzienny-dom-bialystok", "klub-seniora-lapy"]);
    expect(within30[0]!.distanceKm).toBe(0);
    // Białystok – Łapy: about 24 km in a straight line.
    expect(within30[1]!.distanceKm).toBeGreaterThan(20);
    expect(within30[1]!.distanceKm).toBeLessThan(28);

    const within150 = await near(150);
    expect(within150.map((service) => service.slug)).toEqual([
      "dzienny-dom-bialystok",
      "klub-seniora-lapy",
      "dps-suwalki",
    ]);
    expect(within150[2]!.distanceKm).toBeGreaterThan(100);
  });

  it("orders by title when asked, and refuses impossible orders and points", async () => {
    expect((await near(150, "TITLE")).map((service) => service.slug)).toEqual([
      "dps-suwalki",
      "dzienny-dom-bialystok",
      "klub-seniora-lapy",
    ]);
    const cases: [Record<string, unknown>, string | undefined, string][] = [
      [{}, "DISTANCE", "orderBy"],
      [{}, "RELEVANCE", "orderBy"],
      [{ near: { latitude: 53, longitude: 23, radiusKm: 0 } }, undefined, "filter.near.radiusKm"],
      [{ near: { latitude: 53, longitude: 23, radiusKm: 301 } }, undefined, "filter.near.radiusKm"],
      [{ near: { latitude: 91, longitude: 23, radiusKm: 5 } }, undefined, "filter.near.latitude"],
    ];
    for (const [filter, orderBy, field] of cases) {
      const response = await graphqlRequest(
        api,
        `query ($f: ServiceFilter, $o: ServiceOrder) { services(filter: $f, orderBy: $o, first: 1) { totalCount } }`,
        { f: filter, o: orderBy },
      );
      expect(response.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field });
    }
  });

  it("gives no distance for a service without coordinates", async () => {
    const response = await graphqlRequest<{ service: { distanceKm: number | null } }>(
      api,
      `{ service(slug: "teleopieka-choroszcz") { distanceKm(latitude: 53.1, longitude: 23.1) } }`,
    );
    expect(response.data).toEqual({ service: { distanceKm: null } });
  });
});

interface CoverageData {
  coverage: {
    unit: { name: string };
    serviceCount: number;
    categories: { code: string; serviceCount: number }[];
    missingCategories: { code: string }[];
  };
}

async function coverage(areaCode: string, headers: Record<string, string> = {}) {
  const response = await graphqlRequest<CoverageData>(
    api,
    `query ($code: String!) { coverage(areaCode: $code) {
       unit { name } serviceCount categories { code serviceCount } missingCategories { code } } }`,
    { code: areaCode },
    headers,
  );
  return response;
}

describe("coverage", () => {
  it("shows which statutory areas a gmina has services in, and the gaps", async () => {
    const { data, errors } = await coverage("2002063");
    expect(errors).toBeUndefined();
    const lapy = data!.coverage;
    expect(lapy.unit.name).toBe("Łapy");
    // The senior club located in Łapy and the powiat-wide respite care; not the draft shelter.
    expect(lapy.serviceCount).toBe(2);
    expect(lapy.categories).toHaveLength(14);
    const covered = lapy.categories.filter((category) => category.serviceCount > 0);
    expect(covered).toEqual([
      { code: "SOCIAL_ASSISTANCE", serviceCount: 1 },
      { code: "DISABILITY_SUPPORT", serviceCount: 1 },
    ]);
    expect(lapy.missingCategories).toHaveLength(12);
    expect(lapy.missingCategories.map((category) => category.code)).not.toContain("SOCIAL_ASSISTANCE");
  });

  it("counts a powiat's gminy and its own services, and nothing from the neighbouring city", async () => {
    const powiat = (await coverage("2002")).data!.coverage;
    expect(powiat.serviceCount).toBe(3); // senior club, respite care, telecare in Choroszcz
    const city = (await coverage("2061011")).data!.coverage;
    expect(city.serviceCount).toBe(1); // the day care home; the powiat białostocki service is not the city's
  });

  it("rejects codes that are not a gmina or a powiat, naming areaCode", async () => {
    for (const [code, message] of [
      ["20", "powiat (4 digits) or a gmina (7 digits)"],
      ["20; drop", "powiat (4 digits) or a gmina (7 digits)"],
      ["2002064", "not a part of one"],
      ["2099999", "is not a TERYT unit"],
    ]) {
      const { errors } = await coverage(code!);
      expect(errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "areaCode" });
      expect(errors?.[0]?.message).toContain(message);
    }
  });
});

describe("targetGroups", () => {
  it("lists every group in its fixed order with counts of visible services", async () => {
    const response = await graphqlRequest<{
      targetGroups: { code: string; name: string; serviceCount: number }[];
    }>(api, `{ targetGroups { code name serviceCount } }`);
    const groups = response.data!.targetGroups;
    expect(groups).toHaveLength(12);
    expect(groups[0]!.code).toBe("FAMILIES_AND_CHILDREN");
    expect(groups.find((group) => group.code === "CARERS")).toEqual({
      code: "CARERS",
      name: "opiekunowie osób wymagających opieki",
      serviceCount: 2,
    });
  });
});

describe("boundaries", () => {
  it("serves the outline of a województwo as GeoJSON, none for a powiat", async () => {
    const response = await graphqlRequest<{ a: { boundary: string }; b: { boundary: string | null } }>(
      api,
      `{ a: territorialUnit(code: "20") { boundary } b: territorialUnit(code: "2002") { boundary } }`,
    );
    const geometry = JSON.parse(response.data!.a.boundary) as { type: string; coordinates: number[][][] };
    expect(geometry.type).toBe("Polygon");
    expect(geometry.coordinates[0]!.length).toBeGreaterThan(100);
    expect(response.data!.b.boundary).toBeNull();
  });
});
