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
  importServicesCsv(csv: $csv, dryRun: $dryRun) { dryRun services { line title slug } userErrors { field message } } }`;

interface ImportPayload {
  dryRun: boolean;
  services: { line: number; title: string; slug: string }[];
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

  it("reports every problem at its line and column, and writes nothing", async () => {
    const csv = [
      HEADER + ";colour",
      "Obiady;Opis.;MEALS;1111111111;;PAID;;;Zgłoś się.;ON_SITE;2002063;",
    ].join("\n");
    expect((await importCsv(csv, true)).userErrors).toEqual([
      { field: ["csv", "1", "colour"], message: expect.stringContaining("is not a column") },
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
        { field: ["csv", "2", "providerNip"], message: "no organization has this NIP" },
        { field: ["csv", "2", "costAmount"], message: "must be a non-negative amount in PLN" },
        { field: ["csv", "4", "slug"], message: "is the same as on line 3" },
      ]),
    );
    expect(await serviceCount()).toBe(0);
  });

  it("plans the services in a dry run, then creates them as audited drafts", async () => {
    const csv = [HEADER, ...ROWS].join("\r\n");
    const dry = await importCsv(csv, true);
    expect(dry).toEqual({
      dryRun: true,
      services: [
        { line: 2, title: "Obiady dla seniorów", slug: "obiady-dla-seniorow" },
        { line: 3, title: "Teleopieka", slug: "teleopieka" },
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
    const again = await importCsv(csv, false);
    expect(again.userErrors[0]).toEqual({ field: ["csv", "2", "slug"], message: expect.any(String) });
    expect(await serviceCount()).toBe(2);
  });
});
