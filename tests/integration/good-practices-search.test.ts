import { GOOD_PRACTICES_INDEX } from "@obserwatorium/schema";
import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import {
  loadDemoGoodPracticesIfEmpty,
  loadDemoRegistry,
  loadDemoServices,
  type DemoGoodPracticesCounts,
} from "@obserwatorium/server/demo";
import { syncGoodPractices } from "@obserwatorium/search-indexer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInEditor } from "../support/editor-session";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

const TODAY = "2026-11-22";
let database: TestDatabase;
let api: RunningApi;
let editor: Record<string, string>;
let counts: DemoGoodPracticesCounts | null;

interface PracticeNode {
  id: string;
  slug: string;
  title: string;
  areas: { code: string }[];
}

async function search(filter: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await graphqlRequest<{
    goodPractices: { totalCount: number; edges: { node: PracticeNode }[] };
  }>(
    api,
    `query ($filter: GoodPracticeFilter) { goodPractices(filter: $filter, first: 100) { totalCount
       edges { node { id slug title areas { code } } } } }`,
    { filter },
    headers,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.goodPractices.edges.map((edge) => edge.node);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  await loadDemoRegistry(database.orm.em.fork(), { today: TODAY });
  await loadDemoServices(database.orm.em.fork(), { today: TODAY });
  counts = await loadDemoGoodPracticesIfEmpty(database.orm.em.fork(), { today: TODAY });
  await syncGoodPractices(database.pool, database.search);
  api = await startTestApi(database, { today: () => TODAY });
  editor = await signInEditor(database, api);
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("demo good practices", () => {
  it("loads 40 demo practices once, each with a place, an organization and results", async () => {
    expect(counts?.goodPractices).toBe(40);
    expect(await loadDemoGoodPracticesIfEmpty(database.orm.em.fork(), { today: TODAY })).toBeNull();
    const { rows } = await database.pool.query<{
      demo: number;
      placed: number;
      led: number;
      measured: number;
    }>(
      `select count(*) filter (where g.is_demo)::int as demo,
              count(*) filter (where exists (select 1 from good_practice_area a where a.good_practice_id = g.id))::int as placed,
              count(*) filter (where exists (select 1 from good_practice_organization o join organization r
                on r.id = o.organization_id where o.good_practice_id = g.id and r.is_demo))::int as led,
              count(*) filter (where exists (select 1 from good_practice_result r where r.good_practice_id = g.id))::int as measured
       from good_practice g`,
    );
    expect(rows[0]).toEqual({ demo: 40, placed: 40, led: 40, measured: 40 });
    expect(await database.search.countDocuments(GOOD_PRACTICES_INDEX)).toBe(40);
  });
});

describe("text search of good practices", () => {
  for (const text of ["opieka wytchnieniowa", "opieka wytchnieniwa", "OPIEKA Wytchnieniowa z dowozem"]) {
    it(`ranks respite care first for "${text}"`, async () => {
      const [first] = await search({ text });
      expect(first?.title).toMatch(/^Opieka wytchnieniowa/);
    });
  }

  it("finds Polish words typed without diacritics, ł included", async () => {
    const [first] = await search({ text: "klub sasiedzki dla seniorow" });
    expect(first?.title).toMatch(/^Klub sąsiedzki dla seniorów/);
    const inLomza = await search({ areaCode: "2062" });
    expect(inLomza.length).toBeGreaterThan(0);
    const found = (await search({ text: "lomzy" })).map((practice) => practice.slug);
    for (const practice of inLomza) expect(found).toContain(practice.slug);
  });

  it("combines text with filters, which PostgreSQL applies", async () => {
    const all = await search({ text: "mieszkanie" });
    const inCities = await search({ text: "mieszkanie", areaCode: "2061" });
    expect(inCities.length).toBeLessThan(all.length);
    for (const practice of inCities) {
      expect(practice.areas.some((area) => area.code.startsWith("2061") || area.code === "20")).toBe(true);
    }
  });

  it("never shows a draft to an anonymous text search, but does to editors", async () => {
    const { rows } = await database.pool.query<{ slug: string; title: string }>(
      "select slug, title from good_practice where publication_state = 'DRAFT' order by slug limit 1",
    );
    const draft = rows[0]!;
    expect((await search({ text: draft.title })).map((practice) => practice.slug)).not.toContain(draft.slug);
    expect((await search({ text: draft.title }, editor)).map((practice) => practice.slug)).toContain(
      draft.slug,
    );
  });

  it("rejects an overlong text", async () => {
    const response = await graphqlRequest(
      api,
      `query ($text: String) { goodPractices(filter: { text: $text }, first: 1) { totalCount } }`,
      {
        text: "a".repeat(201),
      },
    );
    expect(response.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "filter.text" });
  });
});
