import { MeilisearchProvider } from "@obserwatorium/search-indexer";
import { createLogger, startApiServer, type RunningApi } from "@obserwatorium/server";
import { findFreePort } from "@obserwatorium/server/infra";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoHub } from "../support/demo-hub";
import {
  graphqlRequest,
  testFileStorage,
  type GraphQLResponse,
  type TestDatabase,
} from "../support/test-hub";

interface Hit {
  type: string;
  title: string;
  snippet: { text: string; highlighted: boolean }[];
  service?: { id: string; publicationState: string; cost: { kind: string } };
  organization?: { id: string; publicationState: string };
  goodPractice?: { id: string; publicationState: string };
  document?: { id: string; publicationState: string };
  pageNumber?: number;
  territorialUnit?: { code: string };
}
interface Results {
  hits: Hit[];
  totalHits: number;
  processingTimeMs: number;
  degraded: boolean;
  endCursor: string | null;
  hasNextPage: boolean;
  facets: { types: { value: string; count: number }[]; serviceAreas: { value: string; count: number }[] };
}

const SEARCH = `query ($query: String!, $types: [SearchHitType!], $filter: SearchFilter, $near: SearchNear,
    $first: Int! = 20, $after: String) {
  search(query: $query, types: $types, filter: $filter, near: $near, first: $first, after: $after) {
    totalHits processingTimeMs degraded endCursor hasNextPage
    facets { types { value count } serviceAreas { value count } }
    hits { type title snippet { text highlighted }
      ... on ServiceSearchHit { service { id publicationState cost { kind } } }
      ... on OrganizationSearchHit { organization { id publicationState } }
      ... on GoodPracticeSearchHit { goodPractice { id publicationState } }
      ... on DocumentSearchHit { document { id publicationState } pageNumber }
      ... on TerritorialUnitSearchHit { territorialUnit { code } } } } }`;

const HOSTILE = [
  `" OR 1=1 --`,
  `x" OR publicationState = "DRAFT`,
  `\\" OR publicationState IN ["DRAFT"] OR "`,
  "\\",
  "') OR ('1'='1",
  "publicationState = DRAFT OR _geoRadius(0, 0, 1)",
  "%_%",
];

let database: TestDatabase;
let api: RunningApi;

async function search(
  api: RunningApi,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse<{ search: Results }>> {
  return graphqlRequest<{ search: Results }>(api, SEARCH, variables);
}

function published(hit: Hit): boolean {
  const record = hit.service ?? hit.organization ?? hit.goodPractice ?? hit.document;
  return hit.type === "TERRITORIAL_UNIT" || record?.publicationState === "PUBLISHED";
}

beforeAll(async () => {
  ({ database, api } = await startDemoHub());
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("search", () => {
  it("ranks every kind of record in one list, with snippets and facets", async () => {
    const response = await search(api, { query: "opieka wytchnieniowa Łapy" });
    expect(response.errors).toBeUndefined();
    const results = response.data!.search;
    expect(results.degraded).toBe(false);
    expect(results.hits[0]!.type).toBe("SERVICE");
    expect(results.hits[0]!.title).toMatch(/wytchnieniow.*Łapy/);
    expect(results.totalHits).toBeGreaterThan(results.hits.length - 1);
    expect(results.facets.types.map((facet) => facet.value)).toContain("SERVICE");
    expect(results.facets.serviceAreas.length).toBeGreaterThan(0);

    const documents = await search(api, { query: "lpdi choroszcz", types: ["DOCUMENT"] });
    const [document] = documents.data!.search.hits;
    expect(document!.title).toMatch(/Choroszcz/);
    expect(document!.pageNumber).toBeGreaterThanOrEqual(1);
    expect(documents.data!.search.hits.every((hit) => hit.type === "DOCUMENT")).toBe(true);
  });

  it("pages with a cursor", async () => {
    const first = (await search(api, { query: "klub seniora", first: 5 })).data!.search;
    expect(first.hits).toHaveLength(5);
    expect(first.hasNextPage).toBe(true);
    const second = (await search(api, { query: "klub seniora", first: 5, after: first.endCursor })).data!
      .search;
    const ids = (results: Results) => results.hits.map((hit) => hit.service?.id ?? hit.title);
    expect(ids(second).some((id) => ids(first).includes(id))).toBe(false);
  });

  it("leaves out the types a filter does not apply to", async () => {
    const free = (await search(api, { query: "opieka", filter: { freeOnly: true } })).data!.search;
    expect(free.hits.length).toBeGreaterThan(0);
    expect(free.hits.every((hit) => hit.type === "SERVICE" && hit.service!.cost.kind === "FREE")).toBe(true);
    const forms = await search(api, {
      query: "spółdzielnia",
      filter: { legalForms: ["SOCIAL_COOPERATIVE"] },
    });
    expect(forms.data!.search.hits.every((hit) => hit.type === "ORGANIZATION")).toBe(true);
    const near = await search(api, {
      query: "klub seniora",
      near: { latitude: 53.1325, longitude: 23.1688, radiusKm: 10 },
    });
    expect(near.errors).toBeUndefined();
    expect(near.data!.search.hits.every((hit) => hit.type === "SERVICE")).toBe(true);
  });

  it("never shows a draft, whatever is asked", async () => {
    const { rows } = await database.pool.query<{ title: string }>(
      `select title from service where publication_state = 'DRAFT' union all
       select title from document where publication_state = 'DRAFT' union all
       select title from good_practice where publication_state = 'DRAFT'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { title } of rows) {
      const response = await search(api, { query: title });
      expect(response.errors).toBeUndefined();
      expect(response.data!.search.hits.every(published)).toBe(true);
    }
  });

  it("treats quotes, operators and backslashes in the query and every filter as plain values", async () => {
    for (const text of HOSTILE) {
      const filters: { languages?: string[]; [key: string]: unknown }[] = [
        {},
        { languages: [text] },
        {
          languages: ["pl", text],
          serviceAreas: ["SOCIAL_ASSISTANCE"],
          targetGroups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
        },
        { hasActiveCertificate: true, legalForms: ["SOCIAL_COOPERATIVE"] },
        { documentKinds: ["LPDI"], areaCode: "20" },
      ];
      for (const filter of filters) {
        const response = await search(api, { query: text, filter });
        expect(response.errors, `${text} ${JSON.stringify(filter)}`).toBeUndefined();
        expect(response.data!.search.hits.every(published)).toBe(true);
        if (filter.languages?.length === 1) expect(response.data!.search.hits).toEqual([]);
      }
      const area = await search(api, { query: "opieka", filter: { areaCode: text } });
      expect(area.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const enumValue = await search(api, { query: "opieka", filter: { legalForms: [text] } });
      expect(enumValue.errors?.length).toBeGreaterThan(0);
      const after = await search(api, { query: "opieka", after: text });
      expect(after.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const suggestions = await graphqlRequest(api, `query ($p: String!) { suggest(prefix: $p) { kind } }`, {
        p: text,
      });
      expect(suggestions.errors).toBeUndefined();
    }
    const nan = await search(api, { query: "klub", near: { latitude: 53, longitude: 23, radiusKm: -1 } });
    expect(nan.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("suggests places, categories and organizations", async () => {
    const response = await graphqlRequest<{ suggest: { kind: string; label: string; value: string }[] }>(
      api,
      `{ places: suggest(prefix: "lap") { kind label value } }`,
    );
    expect(response.errors).toBeUndefined();
    const places = (response.data as unknown as { places: { kind: string; label: string; value: string }[] })
      .places;
    expect(places).toContainEqual({ kind: "PLACE", label: "Łapy", value: "2002063" });
    const categories = await graphqlRequest<{ suggest: { kind: string; value: string }[] }>(
      api,
      `{ suggest(prefix: "wytchn") { kind value } }`,
    );
    expect(categories.data!.suggest).toContainEqual({ kind: "SERVICE_TYPE", value: "RESPITE_CARE" });
    const organizations = await graphqlRequest<{ suggest: { kind: string; label: string }[] }>(
      api,
      `{ suggest(prefix: "Spółdzielnia Socjalna Hory") { kind label } }`,
    );
    expect(organizations.data!.suggest).toContainEqual({
      kind: "ORGANIZATION",
      label: "Spółdzielnia Socjalna „Horyzont”",
    });
  });
});

describe("search while Meilisearch is down", () => {
  it("answers from PostgreSQL, says so, and /readyz stays ready", async () => {
    const offline = await startApiServer(
      {
        orm: database.orm,
        pool: database.pool,
        search: new MeilisearchProvider({ url: `http://127.0.0.1:${await findFreePort()}`, apiKey: "none" }),
        logger: createLogger("error", "test-api"),
        files: testFileStorage(),
      },
      { port: 0, host: "127.0.0.1" },
    );
    try {
      const response = await search(offline, { query: "opieka wytchnieniowa Łapy" });
      expect(response.errors).toBeUndefined();
      const results = response.data!.search;
      expect(results.degraded).toBe(true);
      expect(results.hits.slice(0, 5).some((hit) => /wytchnieniow.*Łapy/.test(hit.title))).toBe(true);
      expect(results.hits.every(published)).toBe(true);

      const free = (await search(offline, { query: "opieka Łapy", filter: { freeOnly: true } })).data!.search;
      expect(free.hits.length).toBeGreaterThan(0);
      expect(free.hits.every((hit) => hit.type === "SERVICE" && hit.service!.cost.kind === "FREE")).toBe(
        true,
      );

      const documents = await search(offline, {
        query: "plan deinstytucjonalizacji Choroszcz",
        types: ["DOCUMENT"],
      });
      expect(documents.data!.search.hits[0]!.title).toMatch(/Choroszcz/);

      for (const text of HOSTILE) {
        const hostile = await search(offline, { query: text, filter: { languages: [text] } });
        expect(hostile.errors).toBeUndefined();
        expect(hostile.data!.search.hits.every(published)).toBe(true);
      }

      const perModule = await graphqlRequest<{ documents: { totalCount: number } }>(
        offline,
        `{ documents(filter: { text: "deinstytucjonalizacji Choroszcz" }, first: 1) { totalCount } }`,
      );
      expect(perModule.errors).toBeUndefined();
      expect(perModule.data!.documents.totalCount).toBeGreaterThan(0);

      const suggestions = await graphqlRequest<{ suggest: { kind: string; label: string }[] }>(
        offline,
        `{ suggest(prefix: "Łapy") { kind label } }`,
      );
      expect(suggestions.data!.suggest).toContainEqual({ kind: "PLACE", label: "Łapy" });

      const ready = await fetch(offline.url.replace(/\/graphql$/, "/readyz"));
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: "degraded", degraded: ["meilisearch"] });
    } finally {
      await offline.stop();
    }
  });
});
