import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { loadDemoIndicatorsIfEmpty } from "@obserwatorium/server/demo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInEditor } from "../support/editor-session";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

let database: TestDatabase;
let api: RunningApi;

interface MapData {
  indicatorMap: {
    parentCode: string | null;
    entries: { territorialUnit: { code: string; name: string }; value: number | null }[];
    min: number | null;
    max: number | null;
  };
}

const MAP = `query ($code: String!, $year: Int!, $level: TerritorialLevel!, $parentCode: String) {
  indicatorMap(code: $code, year: $year, level: $level, parentCode: $parentCode) {
    parentCode min max entries { territorialUnit { code name } value }
  } }`;

const SERIES = `query ($code: String!, $areaCodes: [String!]!, $years: [Int!]) {
  indicatorSeries(code: $code, areaCodes: $areaCodes, years: $years) {
    indicator { code unit direction }
    years
    units { territorialUnit { code name } values { year value baseline target isDemo territorialUnit { code } } }
  } }`;

async function badInputField(query: string, variables: Record<string, unknown>) {
  const response = await graphqlRequest(api, query, variables);
  expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  return response.errors![0]!.extensions!.field;
}

let demoCounts: Awaited<ReturnType<typeof loadDemoIndicatorsIfEmpty>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  demoCounts = await loadDemoIndicatorsIfEmpty(database.orm.em.fork());
  api = await startTestApi(database);
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("indicators", () => {
  it("come as demo data once, for every powiat of podlaskie and all województwa", async () => {
    // 7 years × (2 rates × (17 powiaty + 16 województwa) + 2 counts × (17 powiaty + podlaskie)).
    expect(demoCounts).toEqual({ indicators: 4, values: 7 * (2 * 33 + 2 * 18) });
    expect(await loadDemoIndicatorsIfEmpty(database.orm.em.fork())).toBeNull();
    const { rows } = await database.pool.query(
      "select count(*)::int as count from indicator_value where not is_demo",
    );
    expect(rows[0].count).toBe(0);
  });

  it("lists indicators by programme and area, with their years", async () => {
    const response = await graphqlRequest<{
      wpres: { totalCount: number; edges: { node: { code: string; latestYear: number; years: number[] } }[] };
      housing: { edges: { node: { code: string; area: string; programme: string } }[] };
    }>(
      api,
      `{ wpres: indicators(programme: WPRES, first: 50) { totalCount edges { node { code latestYear years } } }
         housing: indicators(area: HOUSING, first: 50) { edges { node { code area programme } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.wpres.totalCount).toBe(2);
    expect(response.data!.wpres.edges.map((edge) => edge.node)).toEqual([
      { code: "WPRES_PES_NA_10K", latestYear: 2025, years: [2019, 2020, 2021, 2022, 2023, 2024, 2025] },
      { code: "WPRES_PS_LICZBA", latestYear: 2025, years: [2019, 2020, 2021, 2022, 2023, 2024, 2025] },
    ]);
    expect(response.data!.housing.edges.map((edge) => edge.node)).toEqual([
      { code: "RPDI_MIESZKANIA_MIEJSCA", area: "HOUSING", programme: "RPDI" },
    ]);
  });

  it("pages through indicators in code order", async () => {
    const page = async (after: string | null) =>
      (
        await graphqlRequest<{
          indicators: {
            edges: { node: { code: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        }>(
          api,
          `query ($after: String) { indicators(first: 3, after: $after) { edges { node { code } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        )
      ).data!.indicators;
    const first = await page(null);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor);
    expect([...first.edges, ...second.edges].map((edge) => edge.node.code)).toEqual([
      "OZPS_ODSETEK_KORZYSTAJACYCH",
      "RPDI_MIESZKANIA_MIEJSCA",
      "WPRES_PES_NA_10K",
      "WPRES_PS_LICZBA",
    ]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("finds one indicator by code, and null for an unknown one", async () => {
    const response = await graphqlRequest<{ known: Record<string, unknown>; unknown: null }>(
      api,
      `{ known: indicator(code: "OZPS_ODSETEK_KORZYSTAJACYCH") { name programme area unit direction isDemo source }
         unknown: indicator(code: "BRAK") { code } }`,
    );
    expect(response.data).toEqual({
      known: {
        name: "Odsetek mieszkańców korzystających z pomocy społecznej",
        programme: "OZPS",
        area: "SOCIAL_ASSISTANCE",
        unit: "%",
        direction: "LOWER_IS_BETTER",
        isDemo: true,
        source: expect.stringContaining("demonstracyjne"),
      },
      unknown: null,
    });
  });

  it("gives a series per unit per year, in the order asked, with the WPRES baseline and target", async () => {
    const response = await graphqlRequest<{
      indicatorSeries: {
        years: number[];
        units: {
          territorialUnit: { code: string; name: string };
          values: {
            year: number;
            value: number;
            baseline: number | null;
            target: number | null;
            isDemo: boolean;
            territorialUnit: { code: string };
          }[];
        }[];
      };
    }>(api, SERIES, {
      code: "WPRES_PS_LICZBA",
      areaCodes: ["20", "2061", "2002", "20"],
      years: [2025, 2019],
    });
    expect(response.errors).toBeUndefined();
    const series = response.data!.indicatorSeries;
    expect(series.years).toEqual([2019, 2025]);
    expect(series.units.map((unit) => [unit.territorialUnit.code, unit.territorialUnit.name])).toEqual([
      ["20", "podlaskie"],
      ["2061", "Białystok"],
      ["2002", "białostocki"],
    ]);
    const [podlaskie, bialystok] = series.units;
    expect(podlaskie!.values.map((value) => value.year)).toEqual([2019, 2025]);
    expect(podlaskie!.values[0]).toMatchObject({ isDemo: true, territorialUnit: { code: "20" } });
    expect(podlaskie!.values[0]!.baseline).toBe(podlaskie!.values[0]!.value);
    expect(podlaskie!.values[1]!.target).toBeGreaterThan(podlaskie!.values[0]!.baseline!);
    expect(bialystok!.values[0]).toMatchObject({ baseline: null, target: null });

    const allYears = await graphqlRequest<{ indicatorSeries: { years: number[] } }>(api, SERIES, {
      code: "WPRES_PS_LICZBA",
      areaCodes: ["2002063"],
    });
    // A gmina has no values: no columns, and the unit keeps its row.
    expect(allYears.data!.indicatorSeries.years).toEqual([]);
  });

  it("maps all 16 województwa, with the legend's range", async () => {
    const response = await graphqlRequest<MapData>(api, MAP, {
      code: "OZPS_ODSETEK_KORZYSTAJACYCH",
      year: 2024,
      level: "VOIVODESHIP",
    });
    const map = response.data!.indicatorMap;
    expect(map.parentCode).toBeNull();
    expect(map.entries).toHaveLength(16);
    const values = map.entries.map((entry) => entry.value!);
    expect(values.every((value) => typeof value === "number")).toBe(true);
    expect([map.min, map.max]).toEqual([Math.min(...values), Math.max(...values)]);
  });

  it("maps the powiaty of podlaskie by default, with null where a unit has no value", async () => {
    const counties = (
      await graphqlRequest<MapData>(api, MAP, {
        code: "RPDI_MIESZKANIA_MIEJSCA",
        year: 2023,
        level: "COUNTY",
      })
    ).data!.indicatorMap;
    expect(counties.parentCode).toBe("20");
    expect(counties.entries).toHaveLength(17);
    expect(counties.entries.map((entry) => entry.territorialUnit.name)).toContain("Białystok");
    expect(counties.entries.every((entry) => entry.value !== null)).toBe(true);

    const country = (
      await graphqlRequest<MapData>(api, MAP, {
        code: "RPDI_MIESZKANIA_MIEJSCA",
        year: 2023,
        level: "VOIVODESHIP",
      })
    ).data!.indicatorMap;
    expect(
      country.entries.filter((entry) => entry.value !== null).map((entry) => entry.territorialUnit.code),
    ).toEqual(["20"]);
    expect(country.min).toBe(country.max);

    const otherRegion = (
      await graphqlRequest<MapData>(api, MAP, {
        code: "OZPS_ODSETEK_KORZYSTAJACYCH",
        year: 2030,
        level: "COUNTY",
        parentCode: "14",
      })
    ).data!.indicatorMap;
    expect(otherRegion.entries.length).toBeGreaterThan(40);
    expect(otherRegion.entries.every((entry) => entry.value === null)).toBe(true);
    expect([otherRegion.min, otherRegion.max]).toEqual([null, null]);
  });

  it("names the argument of bad input", async () => {
    const series = (variables: Record<string, unknown>) =>
      badInputField(SERIES, { code: "WPRES_PS_LICZBA", areaCodes: ["20"], ...variables });
    expect(await series({ code: "BRAK" })).toBe("code");
    expect(await series({ code: "zły kod" })).toBe("code");
    expect(await series({ areaCodes: [] })).toBe("areaCodes");
    expect(await series({ areaCodes: ["20", "2O"] })).toBe("areaCodes");
    expect(await series({ areaCodes: ["20", "2099"] })).toBe("areaCodes");
    expect(
      await series({ areaCodes: Array.from({ length: 201 }, (_, index) => String(1_000_000 + index)) }),
    ).toBe("areaCodes");
    expect(await series({ years: [1900] })).toBe("years");
    expect(await series({ years: [] })).toBe("years");

    const map = (variables: Record<string, unknown>) =>
      badInputField(MAP, { code: "WPRES_PS_LICZBA", year: 2024, level: "COUNTY", ...variables });
    expect(await map({ code: "BRAK" })).toBe("code");
    expect(await map({ year: 1800 })).toBe("year");
    expect(await map({ parentCode: "2" })).toBe("parentCode");
    expect(await map({ parentCode: "99" })).toBe("parentCode");
    expect(await badInputField(`{ indicator(code: "a b") { code } }`, {})).toBe("code");
  });
});

describe("importing indicator values through the API", () => {
  const IMPORT = `mutation ($csv: String!) { importIndicatorValues(csv: $csv) { imported inserted updated userErrors { field message } } }`;
  const csv =
    "indicator;teryt;year;value;note\nWPRES_PS_LICZBA;20;2025;97;sprawozdanie\nWPRES_PS_LICZBA;20;2026;101;\n";

  const auditEntries = async () =>
    (
      await database.pool.query(
        "select actor_user_id from audit_entry where action = 'INDICATOR_VALUES_IMPORTED'",
      )
    ).rows;

  it("refuses anonymous imports", async () => {
    const response = await graphqlRequest(api, IMPORT, { csv });
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await auditEntries()).toEqual([]);
  });

  it("lets an editor import, replacing demo values with real ones, audited once", async () => {
    const editor = await signInEditor(database, api);
    const response = await graphqlRequest<{ importIndicatorValues: Record<string, unknown> }>(
      api,
      IMPORT,
      { csv },
      editor,
    );
    expect(response.data!.importIndicatorValues).toEqual({
      imported: 2,
      inserted: 1,
      updated: 1,
      userErrors: [],
    });
    const { rows } = await database.pool.query(
      `select year, value::float8 as value, note, is_demo, baseline is not null as has_baseline from indicator_value
       where indicator_code = 'WPRES_PS_LICZBA' and territorial_unit_code = '20' and year >= 2025 order by year`,
    );
    expect(rows).toEqual([
      { year: 2025, value: 97, note: "sprawozdanie", is_demo: false, has_baseline: true },
      { year: 2026, value: 101, note: "", is_demo: false, has_baseline: false },
    ]);
    const audit = await auditEntries();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_user_id).not.toBeNull();

    const broken = await graphqlRequest<{ importIndicatorValues: Record<string, unknown> }>(
      api,
      IMPORT,
      { csv: "indicator;teryt;year;value\nWPRES_PS_LICZBA;20;2027;5\nWPRES_PS_LICZBA;20O1;2027;x\n" },
      editor,
    );
    expect(broken.data!.importIndicatorValues).toEqual({
      imported: null,
      inserted: null,
      updated: null,
      userErrors: [
        { field: ["csv", "3", "teryt"], message: 'must be a TERYT code of 2, 4 or 7 digits (got "20O1")' },
        { field: ["csv", "3", "value"], message: 'must be a number such as 6,9 or 1 250 (got "x")' },
      ],
    });
    expect(await auditEntries()).toHaveLength(1);
    const latest = await graphqlRequest<{ indicator: { latestYear: number } }>(
      api,
      `{ indicator(code: "WPRES_PS_LICZBA") { latestYear } }`,
    );
    expect(latest.data!.indicator.latestYear).toBe(2026);
  });
});
