import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import type { Logger, LoggerNamespace, LogContext } from "@mikro-orm/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

const executedSql: string[] = [];

class CountingLogger implements Logger {
  log(namespace: LoggerNamespace, message: string, context?: LogContext) {
    if (namespace === "query" && context?.query) executedSql.push(context.query);
    else if (namespace === "query") executedSql.push(message);
  }
  error() {}
  warn() {}
  logQuery(context: LogContext) {
    executedSql.push(context.query ?? "");
  }
  setDebugMode() {}
  isEnabled(namespace: LoggerNamespace) {
    return namespace === "query";
  }
}

let database: TestDatabase;
let api: RunningApi;

beforeAll(async () => {
  database = await createTestDatabase({ loggerFactory: () => new CountingLogger() });
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
});
afterAll(async () => {
  await api.stop();
  await database.drop();
});

it("loads a województwo with all its powiaty and gminy in three SQL queries (no N+1)", async () => {
  executedSql.length = 0;
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
  const selects = executedSql.filter((sql) => /^select/i.test(sql.trim()));
  expect(selects).toHaveLength(3);
});
