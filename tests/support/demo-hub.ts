import type { RunningApi } from "@obserwatorium/server";
import { createLogger, prepareData } from "@obserwatorium/server";
import { TERYT_FILE } from "./paths";
import { createTestDatabase, startTestApi, testFileStorage, type TestDatabase } from "./test-hub";

/** A test database with everything `npm start` loads (TERYT, demo data, indexes) and an API over it. */
export async function startDemoHub(): Promise<{ database: TestDatabase; api: RunningApi }> {
  const database = await createTestDatabase();
  await prepareData({
    orm: database.orm,
    pool: database.pool,
    search: database.search,
    terytFile: TERYT_FILE,
    logger: createLogger("error", "relevance"),
    files: testFileStorage(50 * 1024 * 1024),
  });
  const api = await startTestApi(database);
  return { database, api };
}
