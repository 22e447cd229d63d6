import { syncTerritorialUnits, territorialUnitsIndex } from "@obserwatorium/search-indexer";
import { importTerytFile } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, type TestDatabase } from "../support/test-hub";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
});
afterAll(() => database.drop());

describe("territorial_units index", () => {
  it("indexes every unit once, then sees it is up to date", async () => {
    expect(await syncTerritorialUnits(database.pool, database.search)).toEqual({
      index: "territorial_units",
      documents: 4332,
      skipped: false,
    });
    expect(await syncTerritorialUnits(database.pool, database.search)).toMatchObject({ skipped: true });
  });

  it("carries the settings from code: searchable, filterable and sortable attributes", async () => {
    const response = await fetch(
      `${inject("meiliUrl")}/indexes/${database.indexPrefix}territorial_units/settings`,
      { headers: { authorization: `Bearer ${inject("meiliApiKey")}` } },
    );
    const settings = (await response.json()) as Record<string, unknown>;
    const expected = territorialUnitsIndex.settings;
    expect(settings.searchableAttributes).toEqual(expected.searchableAttributes);
    expect([...(settings.filterableAttributes as string[])].sort()).toEqual(
      [...(expected.filterableAttributes as string[])].sort(),
    );
    expect([...(settings.sortableAttributes as string[])].sort()).toEqual(
      [...(expected.sortableAttributes as string[])].sort(),
    );
  });

  it("finds names without Polish letters through the folded copy", async () => {
    const result = await database.search.search<{ code: string; name: string }>("territorial_units", {
      query: "lodz",
      filter: [{ attribute: "kind", anyOf: ["CITY_WITH_COUNTY_RIGHTS"] }],
      limit: 1,
      offset: 0,
    });
    expect(result.hits[0]).toMatchObject({ name: "Łódź" });
  });

  it("removes documents of units that left the register", async () => {
    await database.pool.query("delete from territorial_unit where code = '2001072'");
    await syncTerritorialUnits(database.pool, database.search, { force: true });
    expect(await database.search.countDocuments("territorial_units")).toBe(4331);
  });
});
