import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationInput } from "../factories/organization-input";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";
import { errorCode, signInAs, type SignedInUser } from "../support/user-session";

let database: TestDatabase;
let api: RunningApi;
let editor: SignedInUser;
let rep: SignedInUser;

const IMPORT = `mutation ($csv: String!, $dryRun: Boolean!) {
  importServicesCsv(csv: $csv, dryRun: $dryRun) {
    dryRun createdCount updatedCount unchangedCount
    services { line action title slug service { slug } changes { field before after } }
    userErrors { field message } } }`;

interface ImportPayload {
  dryRun: boolean;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  services: {
    line: number;
    action: string;
    title: string;
    slug: string;
    service: { slug: string } | null;
    changes: { field: string; before: string | null; after: string | null }[];
  }[];
  userErrors: { field: string[]; message: string }[];
}

const HEADER =
  "title;description;serviceType;providerNip;targetGroups;costKind;costAmount;costUnit;howToApply;deliveryModes;areaCodes";
const ROWS = [
  "Obiady dla seniorów;Ciepły posiłek w stołówce.;MEALS;525-224-84-81;PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS;PAID;12,50;za obiad;Zgłoś się do OPS.;ON_SITE;2002063",
  'Teleopieka;"Opaska z przyciskiem SOS; całodobowo.";TELECARE;;PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS|CARERS;FREE;;;Zadzwoń do OPS.;AT_HOME|REMOTE;2002',
];

async function importCsv(csv: string, dryRun: boolean, user = editor) {
  const response = await graphqlRequest<{ importServicesCsv: ImportPayload }>(
    api,
    IMPORT,
    { csv, dryRun },
    user.headers,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.importServicesCsv;
}

async function rowCount(table: string): Promise<number> {
  const { rows } = await database.pool.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return rows[0]!.n;
}

async function serviceCount(): Promise<number> {
  const { rows } = await database.pool.query<{ n: number }>(`select count(*)::int as n from service`);
  return rows[0]!.n;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  editor = await signInAs(database, api, "EDITOR");
  const created = await graphqlRequest<{ createOrganization: { organization: { id: string } } }>(
    api,
    `mutation ($input: OrganizationInput!) { createOrganization(input: $input) { organization { id } } }`,
    { input: organizationInput() },
    editor.headers,
  );
  const organizationUuid = Buffer.from(created.data!.createOrganization.organization.id, "base64url")
    .toString("utf8")
    .split(":")[1]!;
  rep = await signInAs(database, api, "ORGANIZATION_REP", { organizationId: organizationUuid });
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("importServicesCsv", () => {
  it("is for editors: anonymous UNAUTHENTICATED, representatives FORBIDDEN", async () => {
    const variables = { csv: [HEADER, ...ROWS].join("\n"), dryRun: true };
    expect(errorCode(await graphqlRequest(api, IMPORT, variables))).toBe("UNAUTHENTICATED");
    expect(errorCode(await graphqlRequest(api, IMPORT, variables, rep.headers))).toBe("FORBIDDEN");
  });

  it("publishes a template that imports as it is once its provider exists", async () => {
    const response = await fetch(new URL("/files/templates/services-import.csv", api.url));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const payload = await importCsv(await response.text(), true);
    expect(payload.userErrors).toEqual([]);
    expect(payload.services.map((line) => line.action)).toEqual(["CREATED"]);
  });

  it("reports every problem at its line and column, and writes nothing", async () => {
    const csv = [
      HEADER + ";colour",
      "Obiady;Opis.;MEALS;1111111111;;PAID;;;Zgłoś się.;ON_SITE;2002063;",
    ].join("\n");
    expect((await importCsv(csv, true)).userErrors).toEqual([
      {
        field: ["csv", "1", "colour"],
        message: expect.stringMatching(/^Kolumna „colour”: nie jest kolumną pliku usług/),
      },
    ]);
    const rows = [
      HEADER,
      "Obiady;Opis.;MEALS;1111111111;;PAID;abc;;Zgłoś się.;ON_SITE;2002063",
      ROWS[0],
      ROWS[0],
    ];
    const payload = await importCsv(rows.join("\n"), false);
    expect(payload.services).toEqual([]);
    expect(payload.userErrors).toEqual(
      expect.arrayContaining([
        {
          field: ["csv", "2", "providerNip"],
          message: "Kolumna „providerNip”: żaden podmiot w rejestrze nie ma tego NIP-u",
        },
        {
          field: ["csv", "2", "costAmount"],
          message: "Kolumna „costAmount”: musi być nieujemną kwotą w złotych",
        },
        {
          field: ["csv", "4", "title"],
          message: "Kolumna „title”: ta sama usługa (realizator, tytuł, miejsce) jest już w wierszu 3",
        },
        { field: ["csv", "4", "slug"], message: "Kolumna „slug”: jest taki sam jak w wierszu 3" },
      ]),
    );
    expect(await serviceCount()).toBe(0);
  });

  it("plans the services in a dry run, then creates them as audited drafts", async () => {
    const csv = [HEADER, ...ROWS].join("\r\n");
    const dry = await importCsv(csv, true);
    expect(dry).toEqual({
      dryRun: true,
      createdCount: 2,
      updatedCount: 0,
      unchangedCount: 0,
      services: [
        {
          line: 2,
          action: "CREATED",
          title: "Obiady dla seniorów",
          slug: "obiady-dla-seniorow",
          service: null,
          changes: [],
        },
        { line: 3, action: "CREATED", title: "Teleopieka", slug: "teleopieka", service: null, changes: [] },
      ],
      userErrors: [],
    });
    expect(await serviceCount()).toBe(0);
    const applied = await importCsv(csv, false);
    expect(applied.userErrors).toEqual([]);
    const { rows } = await database.pool.query(
      `select s.slug, s.publication_state, s.cost_amount, s.delivery_modes, o.nip
         from service s left join organization o on o.id = s.provider_organization_id order by s.slug`,
    );
    expect(rows).toEqual([
      {
        slug: "obiady-dla-seniorow",
        publication_state: "DRAFT",
        cost_amount: "12.50",
        delivery_modes: ["ON_SITE"],
        nip: "5252248481",
      },
      {
        slug: "teleopieka",
        publication_state: "DRAFT",
        cost_amount: null,
        delivery_modes: ["AT_HOME", "REMOTE"],
        nip: null,
      },
    ]);
    const audit = await database.pool.query(
      `select actor_user_id from audit_entry where action = 'SERVICE_CREATED'`,
    );
    expect(audit.rows).toEqual([{ actor_user_id: editor.id }, { actor_user_id: editor.id }]);
    // Idempotent: the same file again matches both services (provider + title) and writes nothing.
    const auditCount = await rowCount("audit_entry");
    const again = await importCsv(csv, false);
    expect(again).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 2, userErrors: [] });
    expect(again.services.map((line) => line.service?.slug)).toEqual(["obiady-dla-seniorow", "teleopieka"]);
    expect(await serviceCount()).toBe(2);
    expect(await rowCount("audit_entry")).toBe(auditCount);
  });

  it("updates the service a line names by provider, title and location, keeping columns the file lacks", async () => {
    // Title compared without case, Polish letters or extra spaces; the provider by NIP digits.
    const changed = [
      HEADER,
      ROWS[0]!.replace("Obiady dla seniorów", "OBIADY  dla  Seniorow").replace("12,50", "14"),
    ].join("\n");
    const dry = await importCsv(changed, true);
    expect(dry.services).toEqual([
      {
        line: 2,
        action: "UPDATED",
        title: "OBIADY  dla  Seniorow",
        slug: "obiady-dla-seniorow",
        service: { slug: "obiady-dla-seniorow" },
        changes: [
          { field: "title", before: "Obiady dla seniorów", after: "OBIADY  dla  Seniorow" },
          { field: "costAmount", before: "12.50", after: "14.00" },
        ],
      },
    ]);
    await database.pool.query(
      "update service set eligibility_text = 'Osoby po 60. roku życia.' where slug = 'obiady-dla-seniorow'",
    );
    const applied = await importCsv(changed, false);
    expect(applied).toMatchObject({ createdCount: 0, updatedCount: 1, userErrors: [] });
    const { rows } = await database.pool.query(
      "select title, cost_amount, eligibility_text from service where slug = 'obiady-dla-seniorow'",
    );
    expect(rows).toEqual([
      { title: "OBIADY  dla  Seniorow", cost_amount: "14.00", eligibility_text: "Osoby po 60. roku życia." },
    ]);
    expect(await serviceCount()).toBe(2);
    const audit = await database.pool.query(
      "select count(*)::int as n from audit_entry where action = 'SERVICE_UPDATED' and actor_user_id = $1",
      [editor.id],
    );
    expect(audit.rows[0].n).toBe(1);
  });

  it("tells services apart by location (TERYT gmina and street) when the file has location columns", async () => {
    const header = `${HEADER};slug;locationStreetAddress;locationPostalCode;locationCity;locationGminaCode`;
    const place = (street: string, slug: string) =>
      `Punkt porad;Porady prawne.;SPECIALIST_COUNSELLING;5252248481;PEOPLE_AFFECTED_BY_VIOLENCE;FREE;;;Zadzwoń.;ON_SITE;;${slug};${street};18-100;Łapy;2002063`;
    const csv = [header, place("ul. Główna 1", "porady-glowna"), place("ul. Polna 2", "porady-polna")].join(
      "\n",
    );
    const first = await importCsv(csv, false);
    expect(first).toMatchObject({ createdCount: 2, userErrors: [] });
    const again = [header, place("UL. GŁÓWNA   1", ""), place("ul. Polna 2", "")].join("\n");
    const second = await importCsv(again, false);
    expect(second.services.map(({ action, slug }) => ({ action, slug }))).toEqual([
      { action: "UPDATED", slug: "porady-glowna" },
      { action: "UNCHANGED", slug: "porady-polna" },
    ]);
    const { rows } = await database.pool.query(
      `select s.slug, l.street_address from service s join service_location l on l.service_id = s.id
        where s.slug like 'porady-%' order by s.slug`,
    );
    expect(rows).toEqual([
      { slug: "porady-glowna", street_address: "UL. GŁÓWNA   1" },
      { slug: "porady-polna", street_address: "ul. Polna 2" },
    ]);
    // Without location columns, provider and title must name one service.
    const ambiguous = [HEADER, place("x", "").split(";").slice(0, 11).join(";")].join("\n");
    expect((await importCsv(ambiguous, true)).userErrors).toContainEqual({
      field: ["csv", "2", "title"],
      message: expect.stringContaining("pasuje do kilku zapisanych usług (porady-glowna, porady-polna)"),
    });
  });
});
