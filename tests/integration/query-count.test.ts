import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { TERYT_FILE } from "../support/paths";
import { SqlCounter } from "../support/sql-counter";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

const sql = new SqlCounter();

let database: TestDatabase;
let api: RunningApi;

beforeAll(async () => {
  database = await createTestDatabase({ loggerFactory: sql.loggerFactory });
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
});
afterAll(async () => {
  await api.stop();
  await database.drop();
});

it("loads a województwo with all its powiaty and gminy in three SQL queries (no N+1)", async () => {
  sql.reset();
  const response = await graphqlRequest<{
    territorialUnit: { children: { parent: { code: string }; children: { code: string }[] }[] };
  }>(
    api,
    `{ territorialUnit(code: "20") {
         children(kinds: [COUNTY, CITY_WITH_COUNTY_RIGHTS]) {
           parent { code }
           children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) { code }
         }
       } }`,
  );
  const counties = response.data!.territorialUnit.children;
  expect(counties).toHaveLength(17);
  expect(counties.flatMap((county) => county.children)).toHaveLength(118);
  // The unit, its children, their children; every `parent` comes from the identity of the first.
  const selects = sql.selects();
  expect(selects).toHaveLength(3);
});
