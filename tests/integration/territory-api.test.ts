import { syncTerritorialUnits } from "@obserwatorium/search-indexer";
import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

let database: TestDatabase;
let api: RunningApi;

interface UnitsPage {
  territorialUnits: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { code: string; name: string; kind: string } }[];
  };
}

const UNITS = `query Units($parentCode: String, $withinCode: String, $kinds: [TerritorialUnitKind!], $search: String, $first: Int!, $after: String) {
  territorialUnits(parentCode: $parentCode, withinCode: $withinCode, kinds: $kinds, search: $search, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { code name kind } }
  }
}`;

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  await syncTerritorialUnits(database.pool, database.search);
  api = await startTestApi(database);
});
afterAll(async () => {
  await api.stop();
  await database.drop();
});

describe("territorialUnit", () => {
  it("returns a unit with its parent and children", async () => {
    const response = await graphqlRequest(
      api,
      `{ territorialUnit(code: "2062") { code name kind registerDate parent { code name } children { code kind } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      territorialUnit: {
        code: "2062",
        name: "Łomża",
        kind: "CITY_WITH_COUNTY_RIGHTS",
        registerDate: "2024-01-01",
        parent: { code: "20", name: "podlaskie" },
        children: [{ code: "2062011", kind: "URBAN_MUNICIPALITY" }],
      },
    });
  });

  it("returns null for a well-formed code that no unit has", async () => {
    const response = await graphqlRequest(api, `{ territorialUnit(code: "99") { code } }`);
    expect(response).toEqual({ data: { territorialUnit: null }, extensions: expect.anything() });
  });

  it("rejects a malformed code with BAD_USER_INPUT naming the argument", async () => {
    const response = await graphqlRequest(api, `{ territorialUnit(code: "20x") { code } }`);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: "code: must be a TERYT code of 2, 4 or 7 digits",
        path: ["territorialUnit"],
        extensions: { code: "BAD_USER_INPUT", field: "code" },
      }),
    ]);
  });

  it("filters children by kind: parts of an urban-rural gmina are not gminy", async () => {
    const response = await graphqlRequest<{ territorialUnit: { children: { kind: string }[] } }>(
      api,
      `{ territorialUnit(code: "2002013") { children(kinds: [TOWN_OF_URBAN_RURAL_MUNICIPALITY]) { kind } } }`,
    );
    expect(response.data?.territorialUnit.children).toEqual([{ kind: "TOWN_OF_URBAN_RURAL_MUNICIPALITY" }]);
  });
});

describe("territorialUnits", () => {
  it("serves the national counts", async () => {
    const count = async (kinds: string[]) =>
      (await graphqlRequest<UnitsPage>(api, UNITS, { kinds, first: 1 })).data!.territorialUnits.totalCount;
    expect(await count(["VOIVODESHIP"])).toBe(16);
    expect(await count(["COUNTY", "CITY_WITH_COUNTY_RIGHTS"])).toBe(380);
    expect(await count(["URBAN_MUNICIPALITY", "RURAL_MUNICIPALITY", "URBAN_RURAL_MUNICIPALITY"])).toBe(2477);
  });

  it("pages through the powiaty of podlaskie with cursors, without gaps or repeats", async () => {
    const codes: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const response: { data?: UnitsPage | null } = await graphqlRequest<UnitsPage>(api, UNITS, {
        parentCode: "20",
        first: 5,
        after,
      });
      const page: UnitsPage["territorialUnits"] = response.data!.territorialUnits;
      expect(page.totalCount).toBe(17);
      codes.push(...page.edges.map((edge) => edge.node.code));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(codes).toHaveLength(17);
    expect(new Set(codes).size).toBe(17);
    expect(codes).toEqual([...codes].sort());
  });

  it("rejects a page size out of range and a forged cursor, naming the argument", async () => {
    const tooBig = await graphqlRequest(api, UNITS, { first: 101 });
    expect(tooBig.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "first" });
    const forged = await graphqlRequest(api, UNITS, { first: 5, after: "bm90LWEtY3Vyc29y" });
    expect(forged.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "after" });
    const malformedParent = await graphqlRequest(api, UNITS, { first: 5, parentCode: "2" });
    expect(malformedParent.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "parentCode" });
  });

  it("rejects an unknown kind through GraphQL validation", async () => {
    const response = await graphqlRequest(api, UNITS, { first: 5, kinds: ["GMINA"] });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toMatch(/kinds/);
  });
});

describe("territorialUnits search (Meilisearch)", () => {
  const names = async (search: string, extra: Record<string, unknown> = {}) =>
    (
      await graphqlRequest<UnitsPage>(api, UNITS, { search, first: 5, ...extra })
    ).data!.territorialUnits.edges.map((edge) => `${edge.node.name} ${edge.node.code}`);

  it("finds Białystok for 'bialystok' and Łomża for 'lomza'", async () => {
    expect((await names("bialystok"))[0]).toBe("Białystok 2061");
    expect((await names("lomza"))[0]).toBe("Łomża 2062");
  });

  it("tolerates typos and mixed case", async () => {
    expect(await names("Bialistok")).toContain("Białystok 2061");
    expect(await names("SUWALKI")).toContain("Suwałki 2063");
  });

  it("combines search with a parent and kind filter", async () => {
    expect(await names("augustow", { parentCode: "2001", kinds: ["RURAL_MUNICIPALITY"] })).toEqual([
      "Augustów 2001022",
    ]);
  });

  it("limits a search, or a list, to the units inside a unit", async () => {
    // Nationwide "Dąbrowa" is everywhere; inside podlaskie only its own namesakes are left.
    const inside = await names("dabrowa", { withinCode: "20" });
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.every((name) => / 20\d+$/.test(name))).toBe(true);
    const listed = await graphqlRequest<UnitsPage>(api, UNITS, { withinCode: "2002", first: 100 });
    const codes = listed.data!.territorialUnits.edges.map((edge) => edge.node.code);
    expect(codes.length).toBeGreaterThan(10);
    expect(codes.every((code) => code.startsWith("2002") && code !== "2002")).toBe(true);
    const malformed = await graphqlRequest(api, UNITS, { withinCode: "2%", first: 5 });
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(malformed.errors?.[0]?.message).toMatch(/withinCode/);
  });

  it("pages search results with cursors", async () => {
    const first = await graphqlRequest<UnitsPage>(api, UNITS, { search: "bialy", first: 2 });
    const page1 = first.data!.territorialUnits;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await graphqlRequest<UnitsPage>(api, UNITS, {
      search: "bialy",
      first: 2,
      after: page1.pageInfo.endCursor,
    });
    const page2 = second.data!.territorialUnits;
    const seen = new Set(page1.edges.map((edge) => edge.node.code));
    expect(page2.edges.length).toBeGreaterThan(0);
    expect(page2.edges.every((edge) => !seen.has(edge.node.code))).toBe(true);
  });

  it("treats filter syntax in user input as plain text", async () => {
    const response = await graphqlRequest<UnitsPage>(api, UNITS, {
      search: 'x" OR kind = "VOIVODESHIP',
      parentCode: "2001",
      first: 5,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.territorialUnits.edges.every((edge) => edge.node.code.startsWith("2001"))).toBe(
      true,
    );
  });
});
