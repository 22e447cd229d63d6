import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertGoodPracticeRow, organizationGlobalId } from "../factories/good-practice-rows";
import { organizationInput } from "../factories/organization-input";
import { insertOrganizationRow } from "../factories/service-rows";
import { signInEditor } from "../support/editor-session";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

const TABLES = [
  "good_practice",
  "good_practice_area",
  "good_practice_organization",
  "good_practice_result",
  "good_practice_attachment",
  "audit_entry",
];
const FIELDS = `goodPractice { id slug title publicationState bodyHtml bodyMarkdown serviceAreas targetGroups
    period { fromYear fromDate toYear toDate } funding { kinds source } areas { code }
    organizations { name } results { indicator value unit } contact { name email phone }
    attachments { title url } }
  userErrors { field message }`;

let database: TestDatabase;
let api: RunningApi;
let editor: Record<string, string>;
let organizationId: string;

interface PayloadData {
  goodPractice: {
    id: string;
    slug: string;
    publicationState: string;
    bodyHtml: string;
    [field: string]: unknown;
  } | null;
  userErrors: { field: string[]; message: string }[];
}

function validInput(overrides: Record<string, unknown> = {}) {
  return {
    title: "Zorzyńska opieka wytchnieniowa w Łapach",
    summary: "Opiekunowie osób z niepełnosprawnościami mają kilka godzin wolnego w tygodniu.",
    bodyMarkdown:
      "# Na czym polega\n\nOpiekun wytchnieniowy przychodzi do domu.\n\n## Efekty\n\n- 30 rodzin\n\n" +
      "<script>alert('x')</script>\n\n[Program](https://www.rops-bialystok.pl/) [zło](javascript:alert(1))",
    serviceAreas: ["DISABILITY_SUPPORT"],
    targetGroups: ["CARERS"],
    areaCodes: ["2002063"],
    organizationIds: [organizationId],
    period: { from: "2023-03-01", to: "2024" },
    funding: { kinds: ["NATIONAL_PROGRAMME", "JST_BUDGET"], source: "Fundusz Solidarnościowy, budżet gminy" },
    results: [{ indicator: "Opiekunowie objęci wsparciem", value: 30, unit: "osób" }],
    contact: { name: "Anna Nowak", email: "anna.nowak@ops-lapy.example.pl", phone: "857152000" },
    attachments: [{ title: "Regulamin", url: "https://ops-lapy.example.pl/regulamin" }],
    ...overrides,
  };
}

async function mutate(name: string, query: string, variables: Record<string, unknown>, headers = editor) {
  const response = await graphqlRequest<Record<string, PayloadData>>(api, query, variables, headers);
  expect(response.errors).toBeUndefined();
  return response.data![name]!;
}

const create = (input: Record<string, unknown>) =>
  mutate(
    "createGoodPractice",
    `mutation ($input: GoodPracticeInput!) { createGoodPractice(input: $input) { ${FIELDS} } }`,
    { input },
  );

const counts = () =>
  Promise.all(
    TABLES.map(async (table) => {
      const { rows } = await database.pool.query<{ count: string }>(`select count(*) as count from ${table}`);
      return Number(rows[0]!.count);
    }),
  );

async function searchSlugs(text: string, headers: Record<string, string> = {}) {
  const response = await graphqlRequest<{ goodPractices: { edges: { node: { slug: string } }[] } }>(
    api,
    `query ($text: String) { goodPractices(filter: { text: $text }, first: 20) { edges { node { slug } } } }`,
    { text },
    headers,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.goodPractices.edges.map((edge) => edge.node.slug);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  organizationId = organizationGlobalId(await insertOrganizationRow(database.pool, { slug: "ops-lapy" }));
  await insertGoodPracticeRow(database.pool, { slug: "zajety-adres" });
  api = await startTestApi(database, { today: () => "2026-11-23" });
  editor = await signInEditor(database, api);
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("editing good practices", () => {
  let practiceId: string;

  it("refuses anonymous writes", async () => {
    const before = await counts();
    const response = await graphqlRequest(
      api,
      `mutation ($input: GoodPracticeInput!) { createGoodPractice(input: $input) { userErrors { field } } }`,
      { input: validInput() },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await counts()).toEqual(before);
  });

  it("creates a draft with its parts, audited and indexed at once", async () => {
    const payload = await create(validInput());
    expect(payload.userErrors).toEqual([]);
    expect(payload.goodPractice).toMatchObject({
      slug: "zorzynska-opieka-wytchnieniowa-w-lapach",
      publicationState: "DRAFT",
      serviceAreas: ["DISABILITY_SUPPORT"],
      period: { fromYear: 2023, fromDate: "2023-03-01", toYear: 2024, toDate: null },
      funding: {
        kinds: ["NATIONAL_PROGRAMME", "JST_BUDGET"],
        source: "Fundusz Solidarnościowy, budżet gminy",
      },
      areas: [{ code: "2002063" }],
      organizations: [{ name: "Organizacja ops-lapy" }],
      results: [{ indicator: "Opiekunowie objęci wsparciem", value: 30, unit: "osób" }],
      contact: { name: "Anna Nowak", email: "anna.nowak@ops-lapy.example.pl", phone: "+48 857 152 000" },
      attachments: [{ title: "Regulamin", url: "https://ops-lapy.example.pl/regulamin" }],
    });
    practiceId = payload.goodPractice!.id;
    const audit = await database.pool.query(
      `select actor_user_id, entity_type, after from audit_entry where action = 'GOOD_PRACTICE_CREATED'`,
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ entity_type: "GoodPractice" });
    expect(audit.rows[0].actor_user_id).not.toBeNull();
    expect(audit.rows[0].after.contactPhone).toBe("+48 857 152 000");
    expect(await searchSlugs("zorzynska", editor)).toEqual(["zorzynska-opieka-wytchnieniowa-w-lapach"]);
    expect(await searchSlugs("zorzynska")).toEqual([]);
  });

  it("renders the body safely: the script inert, the javascript: link not linked, headings from h2", async () => {
    const payload = await mutate(
      "publishGoodPractice",
      `mutation ($id: ID!) { publishGoodPractice(id: $id) { ${FIELDS} } }`,
      { id: practiceId },
    );
    expect(payload.goodPractice!.publicationState).toBe("PUBLISHED");
    const response = await graphqlRequest<{ goodPractice: { bodyHtml: string } }>(
      api,
      `query ($id: ID!) { goodPractice(id: $id) { bodyHtml } }`,
      { id: practiceId },
    );
    const html = response.data!.goodPractice.bodyHtml;
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert('x')&lt;/script&gt;");
    expect(html).toContain("<h2>Na czym polega</h2>");
    expect(html).toContain("<h3>Efekty</h3>");
    expect(html).not.toContain("<h1");
    expect(html).toContain('<a href="https://www.rops-bialystok.pl/" rel="noopener noreferrer">Program</a>');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain("[zło](javascript:alert(1))");
  });

  it("lets everyone find it once published, even typed without Polish letters or with a typo", async () => {
    expect(await searchSlugs("zorzynska wytchnieniowa lapy")).toEqual([
      "zorzynska-opieka-wytchnieniowa-w-lapach",
    ]);
    expect(await searchSlugs("Zorzyńska wytchnieniwa")).toEqual(["zorzynska-opieka-wytchnieniowa-w-lapach"]);
  });

  it("is found by the new name of its organization once the organization is renamed", async () => {
    const renamed = await graphqlRequest<{ updateOrganization: { userErrors: unknown[] } }>(
      api,
      `mutation ($id: ID!, $input: OrganizationInput!) {
         updateOrganization(id: $id, input: $input) { userErrors { field message } } }`,
      { id: organizationId, input: organizationInput({ name: "Stowarzyszenie Kwiryńskie", nip: null }) },
      editor,
    );
    expect(renamed.data?.updateOrganization.userErrors).toEqual([]);
    expect(await searchSlugs("kwirynskie")).toEqual(["zorzynska-opieka-wytchnieniowa-w-lapach"]);
  });

  it("returns every problem of an input with its path, and writes nothing", async () => {
    const before = await counts();
    const payload = await create(
      validInput({
        title: "",
        slug: "Zły Adres",
        serviceAreas: [],
        areaCodes: ["2002x"],
        period: { from: "2027", to: "2020" },
        results: [{ indicator: " ", value: 1 }],
        contact: { email: "anna@", phone: "123" },
        attachments: [{ title: "Skrypt", url: "javascript:alert(1)" }],
      }),
    );
    expect(payload.goodPractice).toBeNull();
    expect(payload.userErrors.map((error) => error.field.join("."))).toEqual([
      "input.title",
      "input.slug",
      "input.serviceAreas",
      "input.areaCodes.0",
      "input.period.from",
      "input.period.to",
      "input.results.0.indicator",
      "input.contact.email",
      "input.contact.phone",
      "input.attachments.0.url",
    ]);
    // The database checks come once the input itself is sound.
    const references = await create(
      validInput({
        slug: "zajety-adres",
        areaCodes: ["2002063", "2099"],
        organizationIds: [
          organizationId,
          "bm9wZQ",
          organizationGlobalId("00000000-0000-4000-8000-000000000000"),
        ],
      }),
    );
    expect(references.userErrors).toEqual([
      { field: ["input", "areaCodes", "1"], message: "is not a TERYT unit" },
      { field: ["input", "organizationIds", "1"], message: "is not the ID of an organization" },
      { field: ["input", "organizationIds", "2"], message: "no organization has this ID" },
      { field: ["input", "slug"], message: "is already used by another good practice" },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("replaces the parts on update and keeps the previous version in the audit log", async () => {
    const payload = await mutate(
      "updateGoodPractice",
      `mutation ($id: ID!, $input: GoodPracticeInput!) { updateGoodPractice(id: $id, input: $input) { ${FIELDS} } }`,
      {
        id: practiceId,
        input: validInput({
          areaCodes: ["2002"],
          organizationIds: [],
          results: [
            { indicator: "Opiekunowie objęci wsparciem", value: 45, unit: "osób" },
            { indicator: "Zadowoleni uczestnicy", value: 92.5, unit: "%" },
          ],
          attachments: [],
          contact: null,
        }),
      },
    );
    expect(payload.userErrors).toEqual([]);
    expect(payload.goodPractice).toMatchObject({
      publicationState: "PUBLISHED",
      areas: [{ code: "2002" }],
      organizations: [],
      results: [
        { indicator: "Opiekunowie objęci wsparciem", value: 45, unit: "osób" },
        { indicator: "Zadowoleni uczestnicy", value: 92.5, unit: "%" },
      ],
      attachments: [],
      contact: { name: null, email: null, phone: null },
    });
    const audit = await database.pool.query(
      `select before, after from audit_entry where action = 'GOOD_PRACTICE_UPDATED'`,
    );
    expect(audit.rows[0].before).toMatchObject({
      areaCodes: ["2002063"],
      results: [{ indicator: "Opiekunowie objęci wsparciem", value: 30, unit: "osób" }],
      attachments: [{ title: "Regulamin", url: "https://ops-lapy.example.pl/regulamin" }],
      contactName: "Anna Nowak",
      publicationState: "PUBLISHED",
    });
    expect(audit.rows[0].before.organizationIds).toHaveLength(1);
    expect(audit.rows[0].after).toMatchObject({
      areaCodes: ["2002"],
      organizationIds: [],
      contactName: null,
    });
  });

  it("archives: hidden from the public and its search, audited", async () => {
    const archived = await mutate(
      "archiveGoodPractice",
      `mutation ($id: ID!) { archiveGoodPractice(id: $id) { ${FIELDS} } }`,
      { id: practiceId },
    );
    expect(archived.goodPractice!.publicationState).toBe("ARCHIVED");
    expect(await searchSlugs("zorzynska")).toEqual([]);
    const anonymous = await graphqlRequest(api, `query ($id: ID!) { goodPractice(id: $id) { slug } }`, {
      id: practiceId,
    });
    expect(anonymous.data).toEqual({ goodPractice: null });
    const { rows } = await database.pool.query(
      `select action, before, after from audit_entry where entity_type = 'GoodPractice' order by id`,
    );
    expect(rows.map((row) => row.action)).toEqual([
      "GOOD_PRACTICE_CREATED",
      "GOOD_PRACTICE_PUBLISHED",
      "GOOD_PRACTICE_UPDATED",
      "GOOD_PRACTICE_ARCHIVED",
    ]);
    expect(rows[3]).toMatchObject({
      before: { publicationState: "PUBLISHED" },
      after: { publicationState: "ARCHIVED" },
    });
  });

  it("answers an unknown ID with a user error", async () => {
    const payload = await mutate(
      "publishGoodPractice",
      `mutation ($id: ID!) { publishGoodPractice(id: $id) { ${FIELDS} } }`,
      { id: Buffer.from("GoodPractice:00000000-0000-4000-8000-000000000000").toString("base64url") },
    );
    expect(payload.userErrors).toEqual([{ field: ["id"], message: "no good practice has this ID" }]);
  });
});
