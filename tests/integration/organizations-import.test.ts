import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";
import { errorCode, signInAs, type SignedInUser } from "../support/user-session";

let database: TestDatabase;
let api: RunningApi;
let editor: SignedInUser;
let rep: SignedInUser;

const IMPORT = `mutation ($csv: String!, $dryRun: Boolean!) {
  importOrganizationsCsv(csv: $csv, dryRun: $dryRun) {
    dryRun createdCount updatedCount unchangedCount
    organizations { line action name slug matchedBy organization { id name } changes { field before after } }
    userErrors { field message } } }`;

interface Line {
  line: number;
  action: string;
  name: string;
  slug: string;
  matchedBy: string | null;
  organization: { id: string; name: string } | null;
  changes: { field: string; before: string | null; after: string | null }[];
}
interface ImportPayload {
  dryRun: boolean;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  organizations: Line[];
  userErrors: { field: string[]; message: string }[];
}

const HEADER =
  "name;legalForm;pesType;nip;regon;krs;streetAddress;postalCode;city;gminaCode;areaCodes;description";
const ROW_A =
  "Fundacja Razem;FOUNDATION;PES;525-224-84-81;;;ul. Lipowa 1;15-427;Białystok;2061011;2061|2002;Wsparcie seniorów.";
const ROW_B = "Stowarzyszenie Pomocni;ASSOCIATION;NOT_PES;;123456785;;ul. Rynek 3;18-100;Łapy;2002063;;";

async function importCsv(csv: string, dryRun: boolean, user = editor) {
  const response = await graphqlRequest<{ importOrganizationsCsv: ImportPayload }>(
    api,
    IMPORT,
    { csv, dryRun },
    user.headers,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.importOrganizationsCsv;
}

const count = async (sql: string, params: unknown[] = []) =>
  (await database.pool.query<{ n: number }>(sql, params)).rows[0]!.n;

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  editor = await signInAs(database, api, "EDITOR");
  const { rows } = await database.pool.query<{ id: string }>(
    `insert into organization (id, slug, name, legal_form, pes_type, street_address, postal_code, city, seat_gmina_code)
     values (gen_random_uuid(), 'dom', 'Dom', 'PUBLIC_BODY', 'NOT_PES', 'ul. A 1', '18-100', 'Łapy', '2002063')
     returning id`,
  );
  rep = await signInAs(database, api, "ORGANIZATION_REP", { organizationId: rows[0]!.id });
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("importOrganizationsCsv", () => {
  it("is for editors: anonymous UNAUTHENTICATED, representatives FORBIDDEN", async () => {
    const variables = { csv: [HEADER, ROW_A].join("\n"), dryRun: true };
    expect(errorCode(await graphqlRequest(api, IMPORT, variables))).toBe("UNAUTHENTICATED");
    expect(errorCode(await graphqlRequest(api, IMPORT, variables, rep.headers))).toBe("FORBIDDEN");
  });

  it("publishes its template, which imports as it is", async () => {
    const response = await fetch(new URL("/files/templates/organizations-import.csv", api.url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="organizations-import.csv"',
    );
    const text = await response.text();
    expect(text.replace(/^\uFEFF/, "")).toBe(
      readFileSync(join(REPO_ROOT, "packages/server/data/templates/organizations-import.csv"), "utf8"),
    );
    const dry = await importCsv(text, true);
    expect(dry.userErrors).toEqual([]);
    expect(dry.organizations).toHaveLength(1);

    const services = await fetch(new URL("/files/templates/services-import.csv", api.url));
    expect(services.status).toBe(200);
    expect((await services.text()).split("\n")[0]).toContain("title;");
    expect((await fetch(new URL("/files/templates/..%2Fteryt%2Fx.csv", api.url))).status).toBe(404);
    expect((await fetch(new URL("/files/templates/other.csv", api.url))).status).toBe(404);
  });

  it("reports every problem at its line and column in Polish, naming the column, and writes nothing", async () => {
    expect((await importCsv(`${HEADER};colour\n${ROW_A};x`, false)).userErrors).toEqual([
      {
        field: ["csv", "1", "colour"],
        message: expect.stringMatching(/^Kolumna „colour”: nie jest kolumną/),
      },
    ]);
    const lines = [
      HEADER,
      "Fundacja Zła;FOUNDATION;XYZ;1234567890;;;ul. Lipowa 1;15427;Białystok;2061011;;",
      "Bez numerów;FOUNDATION;PES;;;;ul. Lipowa 2;15-427;Białystok;2061011;;",
      ROW_A,
      ROW_A.replace("Fundacja Razem", "Fundacja Razem Bis"),
    ];
    const payload = await importCsv(lines.join("\n"), false);
    expect(payload.organizations).toEqual([]);
    expect(payload.userErrors).toEqual(
      expect.arrayContaining([
        {
          field: ["csv", "2", "pesType"],
          message: expect.stringMatching(/^Kolumna „pesType”: musi być jedną z/),
        },
        { field: ["csv", "2", "nip"], message: "Kolumna „nip”: ma błędną cyfrę kontrolną" },
        { field: ["csv", "2", "postalCode"], message: "Kolumna „postalCode”: musi mieć postać NN-NNN" },
        { field: ["csv", "3", "nip"], message: expect.stringContaining("musi mieć NIP, REGON albo KRS") },
        { field: ["csv", "5", "nip"], message: "Kolumna „nip”: ten sam NIP jest już w wierszu 4" },
      ]),
    );
    expect(await count("select count(*)::int as n from organization")).toBe(1);
  });

  it("plans CREATED lines in a dry run, then creates audited drafts and queues them for search", async () => {
    const csv = [HEADER, ROW_A, ROW_B].join("\r\n");
    const dry = await importCsv(csv, true);
    expect(dry).toMatchObject({ dryRun: true, createdCount: 2, updatedCount: 0, userErrors: [] });
    expect(
      dry.organizations.map(({ line, action, slug, organization }) => ({ line, action, slug, organization })),
    ).toEqual([
      { line: 2, action: "CREATED", slug: "fundacja-razem", organization: null },
      { line: 3, action: "CREATED", slug: "stowarzyszenie-pomocni", organization: null },
    ]);
    expect(await count("select count(*)::int as n from organization")).toBe(1);

    const applied = await importCsv(csv, false);
    expect(applied.userErrors).toEqual([]);
    expect(applied.organizations.every((line) => line.organization !== null)).toBe(true);
    const { rows } = await database.pool.query(
      `select slug, nip, regon, publication_state,
              array(select territorial_unit_code from organization_area a where a.organization_id = o.id
                    order by 1) as areas
         from organization o where slug <> 'dom' order by slug`,
    );
    expect(rows).toEqual([
      {
        slug: "fundacja-razem",
        nip: "5252248481",
        regon: null,
        publication_state: "DRAFT",
        areas: ["2002", "2061"],
      },
      {
        slug: "stowarzyszenie-pomocni",
        nip: null,
        regon: "123456785",
        publication_state: "DRAFT",
        areas: [],
      },
    ]);
    expect(
      await count(
        "select count(*)::int as n from audit_entry where action = 'ORGANIZATION_CREATED' and actor_user_id = $1",
        [editor.id],
      ),
    ).toBe(2);
    const found = await graphqlRequest<{ organizations: { edges: { node: { name: string } }[] } }>(
      api,
      `{ organizations(filter: { text: "Pomocni", publicationStates: [DRAFT] }, first: 20) { edges { node { name } } } }`,
      {},
      editor.headers,
    );
    expect(found.data!.organizations.edges.map((edge) => edge.node.name)).toEqual(["Stowarzyszenie Pomocni"]);
  });

  it("is idempotent: the same file again changes nothing; changed values update the matched record", async () => {
    const csv = [HEADER, ROW_A, ROW_B].join("\n");
    const again = await importCsv(csv, false);
    expect(again).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 2, userErrors: [] });
    const before = await count("select count(*)::int as n from audit_entry");

    // Matched by digits only, whatever the formatting; REGON when there is no NIP.
    const changed = [
      HEADER,
      ROW_A.replace("525-224-84-81", "5252248481").replace(
        "Wsparcie seniorów.",
        "Wsparcie seniorów i rodzin.",
      ),
      ROW_B.replace("123456785", "12-34-56-785"),
    ].join("\n");
    const dry = await importCsv(changed, true);
    expect(
      dry.organizations.map(({ action, matchedBy, changes }) => ({ action, matchedBy, changes })),
    ).toEqual([
      {
        action: "UPDATED",
        matchedBy: "NIP",
        changes: [
          { field: "description", before: "Wsparcie seniorów.", after: "Wsparcie seniorów i rodzin." },
        ],
      },
      { action: "UNCHANGED", matchedBy: "REGON", changes: expect.any(Array) },
    ]);
    expect(dry.organizations[0]!.organization?.name).toBe("Fundacja Razem");
    const applied = await importCsv(changed, false);
    expect(applied).toMatchObject({ createdCount: 0, userErrors: [] });
    expect(await count("select count(*)::int as n from organization")).toBe(3);
    expect(
      await count(
        "select count(*)::int as n from organization where description = 'Wsparcie seniorów i rodzin.'",
      ),
    ).toBe(1);
    expect(
      await count("select count(*)::int as n from audit_entry where action = 'ORGANIZATION_UPDATED'"),
    ).toBe(applied.updatedCount);
    expect(await count("select count(*)::int as n from audit_entry")).toBe(before + applied.updatedCount);
  });

  it("keeps the columns the file lacks, and refuses a line whose identifiers name two records", async () => {
    const csv = [
      "name;legalForm;pesType;nip;streetAddress;postalCode;city;gminaCode",
      "Fundacja Razem;FOUNDATION;PES;5252248481;ul. Lipowa 1;15-427;Białystok;2061011",
    ].join("\n");
    expect((await importCsv(csv, false)).unchangedCount).toBe(1);
    expect(await count("select count(*)::int as n from organization_area")).toBe(2);

    const conflicting = [
      "name;legalForm;pesType;nip;regon;streetAddress;postalCode;city;gminaCode",
      "Fundacja Razem;FOUNDATION;PES;5252248481;123456785;ul. Lipowa 1;15-427;Białystok;2061011",
    ].join("\n");
    expect((await importCsv(conflicting, true)).userErrors).toContainEqual({
      field: ["csv", "2", "nip"],
      message: expect.stringContaining("identyfikatory wskazują różne podmioty"),
    });
  });
});
