import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { loadDemoIndicatorsIfEmpty } from "@obserwatorium/server/demo";
import { afterAll, beforeAll, expect, it } from "vitest";
import { TERYT_FILE } from "../support/paths";
import { SqlCounter } from "../support/sql-counter";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

const sql = new SqlCounter();

let database: TestDatabase;
let api: RunningApi;
let countyCodes: string[];

beforeAll(async () => {
  database = await createTestDatabase({ loggerFactory: sql.loggerFactory });
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  await loadDemoIndicatorsIfEmpty(database.orm.em.fork());
  const { rows } = await database.pool.query<{ code: string }>(
    "select code from territorial_unit where parent_code = '20' order by code",
  );
  countyCodes = rows.map((row) => row.code);
  api = await startTestApi(database);
});
afterAll(async () => {
  await api.stop();
  await database.drop();
});

it("loads a series of 18 units over 7 years in four SQL queries (no N+1)", async () => {
  sql.reset();
  const response = await graphqlRequest<{
    indicatorSeries: { units: { territorialUnit: { parent: { code: string } }; values: unknown[] }[] };
  }>(
    api,
    `query ($areaCodes: [String!]!) {
       indicatorSeries(code: "OZPS_ODSETEK_KORZYSTAJACYCH", areaCodes: $areaCodes) {
         indicator { code latestYear }
         units { territorialUnit { code name parent { code } } values { year value territorialUnit { code } } }
       } }`,
    { areaCodes: ["20", ...countyCodes] },
  );
  expect(response.errors).toBeUndefined();
  const units = response.data!.indicatorSeries.units;
  expect(units).toHaveLength(18);
  expect(units.flatMap((unit) => unit.values)).toHaveLength(18 * 7);
  // The indicator, the units, the values; the years of the indicator (latestYear) make a fourth.
  // Every `parent` and every value's unit comes from the units already loaded.
  expect(sql.selects()).toHaveLength(4);
});
