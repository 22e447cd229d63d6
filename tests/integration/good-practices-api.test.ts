import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  goodPracticeGlobalId,
  insertGoodPracticeRow,
  organizationGlobalId,
} from "../factories/good-practice-rows";
import { insertOrganizationRow } from "../factories/service-rows";
import { signInEditor } from "../support/editor-session";
import { TERYT_FILE } from "../support/paths";
import { SqlCounter } from "../support/sql-counter";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

const sql = new SqlCounter();
const BULK = 25;

let database: TestDatabase;
let api: RunningApi;
let editor: Record<string, string>;
let opsLapy: string;
let draftId: string;

interface ListData {
  goodPractices: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { slug: string } }[];
  };
}

async function list(variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  return graphqlRequest<ListData>(
    api,
    `query ($filter: GoodPracticeFilter, $first: Int!, $after: String) {
       goodPractices(filter: $filter, first: $first, after: $after) {
         totalCount pageInfo { hasNextPage endCursor } edges { node { slug } } } }`,
    { first: 100, ...variables },
    headers,
  );
}

async function slugs(filter: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await list({ filter }, headers);
  expect(response.errors).toBeUndefined();
  return response
    .data!.goodPractices.edges.map((edge) => edge.node.slug)
    .filter((slug) => !slug.startsWith("bulk-"));
}

beforeAll(async () => {
  database = await createTestDatabase({ loggerFactory: sql.loggerFactory });
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  const { pool } = database;
  opsLapy = await insertOrganizationRow(pool, { slug: "ops-lapy" });
  const hiddenOrganization = await insertOrganizationRow(pool, {
    slug: "szkic-org",
    publicationState: "DRAFT",
  });
  await insertGoodPracticeRow(pool, {
    slug: "lapy-seniorzy",
    serviceAreas: ["SOCIAL_ASSISTANCE"],
    targetGroups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
    fromYear: 2021,
    toYear: 2022,
    areaCodes: ["2002063"],
    organizationIds: [opsLapy],
    results: [{ indicator: "Uczestnicy", value: 42.5, unit: "osób" }],
    attachments: [{ title: "Relacja", url: "https://example.pl/relacja" }],
  });
  await insertGoodPracticeRow(pool, {
    slug: "powiat-rodziny",
    serviceAreas: ["FAMILY_SUPPORT"],
    targetGroups: ["FAMILIES_AND_CHILDREN"],
    fromYear: 2024,
    toYear: null,
    areaCodes: ["2002"],
    organizationIds: [hiddenOrganization, opsLapy],
  });
  await insertGoodPracticeRow(pool, {
    slug: "bialystok-bezdomnosc",
    serviceAreas: ["HOUSING"],
    targetGroups: ["PEOPLE_EXPERIENCING_HOMELESSNESS"],
    fromYear: 2019,
    toYear: 2020,
    areaCodes: ["2061011"],
  });
  await insertGoodPracticeRow(pool, {
    slug: "cale-podlaskie",
    serviceAreas: ["DISABILITY_SUPPORT"],
    fromYear: 2025,
    toYear: 2025,
    areaCodes: ["20"],
  });
  draftId = await insertGoodPracticeRow(pool, {
    slug: "szkic",
    publicationState: "DRAFT",
    areaCodes: ["2002063"],
  });
  await insertGoodPracticeRow(pool, {
    slug: "archiwum",
    publicationState: "ARCHIVED",
    areaCodes: ["2002063"],
  });
  for (let index = 0; index < BULK; index++) {
    await insertGoodPracticeRow(pool, {
      slug: `bulk-${String(index).padStart(2, "0")}`,
      serviceAreas: ["CULTURE"],
      areaCodes: ["2010"],
      organizationIds: [opsLapy],
      results: [
        { indicator: "Uczestnicy", value: index, unit: "osób" },
        { indicator: "Spotkania", value: 2 * index, unit: "" },
      ],
      attachments: [{ title: "Strona", url: `https://example.pl/${index}` }],
    });
  }
  api = await startTestApi(database, { today: () => "2026-11-23" });
  editor = await signInEditor(database, api);
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("good practices: filters", () => {
  it("lists the published ones, most recent start first", async () => {
    expect(await slugs({})).toEqual([
      "cale-podlaskie",
      "powiat-rodziny",
      "lapy-seniorzy",
      "bialystok-bezdomnosc",
    ]);
  });

  it("filters by statutory area and target group", async () => {
    expect(await slugs({ serviceAreas: ["HOUSING", "FAMILY_SUPPORT"] })).toEqual([
      "powiat-rodziny",
      "bialystok-bezdomnosc",
    ]);
    expect(await slugs({ targetGroups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"] })).toEqual([
      "lapy-seniorzy",
    ]);
  });

  it("matches an area in, around or containing the unit asked for", async () => {
    const all = ["cale-podlaskie", "powiat-rodziny", "lapy-seniorzy"];
    expect(await slugs({ areaCode: "2002063" })).toEqual(all);
    // Łapy – miasto is a part of gmina Łapy: the same place.
    expect(await slugs({ areaCode: "2002064" })).toEqual(all);
    expect(await slugs({ areaCode: "2002" })).toEqual(all);
    expect(await slugs({ areaCode: "2061" })).toEqual(["cale-podlaskie", "bialystok-bezdomnosc"]);
    expect(await slugs({ areaCode: "20" })).toEqual([...all, "bialystok-bezdomnosc"]);
    expect(await slugs({ areaCode: "1465011" })).toEqual([]);
  });

  it("filters by organization and by years, an open period counting as ongoing", async () => {
    expect(await slugs({ organizationId: organizationGlobalId(opsLapy) })).toEqual([
      "powiat-rodziny",
      "lapy-seniorzy",
    ]);
    expect(await slugs({ fromYear: 2023 })).toEqual(["cale-podlaskie", "powiat-rodziny"]);
    expect(await slugs({ toYear: 2020 })).toEqual(["bialystok-bezdomnosc"]);
    expect(await slugs({ fromYear: 2020, toYear: 2021 })).toEqual(["lapy-seniorzy", "bialystok-bezdomnosc"]);
  });

  it("rejects a bad filter with the field it concerns", async () => {
    for (const [filter, field] of [
      [{ areaCode: "20020" }, "filter.areaCode"],
      [{ fromYear: 2024, toYear: 2023 }, "filter.toYear"],
      [{ fromYear: 20 }, "filter.fromYear"],
      [{ organizationId: goodPracticeGlobalId(draftId) }, "filter.organizationId"],
    ] as const) {
      const response = await list({ filter });
      expect(response.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field });
    }
  });

  it("pages with cursors and a total count", async () => {
    const first = await list({ filter: { serviceAreas: ["CULTURE"] }, first: 10 });
    expect(first.data!.goodPractices.totalCount).toBe(BULK);
    expect(first.data!.goodPractices.pageInfo.hasNextPage).toBe(true);
    const rest = await list({
      filter: { serviceAreas: ["CULTURE"] },
      first: 100,
      after: first.data!.goodPractices.pageInfo.endCursor,
    });
    expect(rest.data!.goodPractices.edges).toHaveLength(BULK - 10);
    expect(rest.data!.goodPractices.pageInfo.hasNextPage).toBe(false);
  });
});

describe("good practices: one practice and visibility", () => {
  const DETAIL = `id slug period { fromYear toYear } areas { code name } organizations { name }
    results { indicator value unit } attachments { title url } contact { name } funding { kinds source }`;

  it("finds a practice by slug, by id and through node(id), with its parts", async () => {
    const bySlug = await graphqlRequest<{ goodPractice: Record<string, unknown> & { id: string } }>(
      api,
      `{ goodPractice(slug: "lapy-seniorzy") { ${DETAIL} } }`,
    );
    expect(bySlug.data!.goodPractice).toMatchObject({
      slug: "lapy-seniorzy",
      period: { fromYear: 2021, toYear: 2022 },
      areas: [{ code: "2002063", name: "Łapy" }],
      organizations: [{ name: "Organizacja ops-lapy" }],
      results: [{ indicator: "Uczestnicy", value: 42.5, unit: "osób" }],
      attachments: [{ title: "Relacja", url: "https://example.pl/relacja" }],
      contact: { name: null },
      funding: { kinds: [], source: "" },
    });
    const id = bySlug.data!.goodPractice.id;
    const byId = await graphqlRequest<{ goodPractice: { slug: string } }>(
      api,
      `query ($id: ID!) { goodPractice(id: $id) { slug } }`,
      { id },
    );
    expect(byId.data!.goodPractice.slug).toBe("lapy-seniorzy");
    const node = await graphqlRequest(api, `query ($id: ID!) { node(id: $id) { __typename id } }`, { id });
    expect(node.data).toEqual({ node: { __typename: "GoodPractice", id } });
  });

  it("shows the public only published organizations of a practice", async () => {
    const query = `{ goodPractice(slug: "powiat-rodziny") { organizations { name } } }`;
    expect((await graphqlRequest(api, query)).data).toEqual({
      goodPractice: { organizations: [{ name: "Organizacja ops-lapy" }] },
    });
    expect((await graphqlRequest(api, query, {}, editor)).data).toEqual({
      goodPractice: { organizations: [{ name: "Organizacja szkic-org" }, { name: "Organizacja ops-lapy" }] },
    });
  });

  it("hides drafts from the public but not from editors, and archived ones from both", async () => {
    const id = goodPracticeGlobalId(draftId);
    const query = `query ($id: ID!) { goodPractice(id: $id) { slug } node(id: $id) { id } }`;
    expect((await graphqlRequest(api, query, { id })).data).toEqual({ goodPractice: null, node: null });
    expect((await graphqlRequest(api, query, { id }, editor)).data).toEqual({
      goodPractice: { slug: "szkic" },
      node: { id },
    });
    expect(await slugs({ areaCode: "2002063" }, editor)).toContain("szkic");
    expect(await slugs({}, editor)).not.toContain("archiwum");
    expect(await slugs({})).not.toContain("szkic");
  });

  it("gives the Markdown source to editors only; everyone gets the safe HTML", async () => {
    const query = `{ goodPractice(slug: "lapy-seniorzy") { bodyHtml bodyMarkdown } }`;
    const anonymous = await graphqlRequest(api, query);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const signedIn = await graphqlRequest<{ goodPractice: { bodyHtml: string; bodyMarkdown: string } }>(
      api,
      query,
      {},
      editor,
    );
    expect(signedIn.data!.goodPractice).toEqual({
      bodyHtml: "<h2>Opis</h2>\n<p>Treść.</p>\n",
      bodyMarkdown: "## Opis\n\nTreść.",
    });
  });

  it("asks for exactly one of id and slug", async () => {
    const response = await graphqlRequest(api, `{ goodPractice { slug } }`);
    expect(response.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "id" });
  });
});

describe("good practices: SQL cost", () => {
  const PAGE = `query ($first: Int!) { goodPractices(first: $first, filter: { serviceAreas: [CULTURE] }) {
    totalCount edges { node { title bodyHtml period { fromYear } funding { kinds } contact { email }
      areas { code name } organizations { name } results { indicator value } attachments { url } } } } }`;

  async function selectsFor(first: number) {
    sql.reset();
    const response = await graphqlRequest<ListData>(api, PAGE, { first });
    expect(response.errors).toBeUndefined();
    expect(response.data!.goodPractices.edges).toHaveLength(first);
    return sql.selects();
  }

  it("a page of 20 practices with areas, organizations, results and links costs a fixed number of queries", async () => {
    const twenty = await selectsFor(20);
    // ids page, practices, area codes, units, organization ids, organizations, results, attachments
    expect(twenty).toHaveLength(8);
    expect(await selectsFor(3)).toHaveLength(twenty.length);
  });
});
