import {
  anonymizeEventRegistrations,
  clockAt,
  importTerytFile,
  type RunningApi,
} from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventGlobalId, insertEventRow } from "../factories/event-rows";
import { insertOrganizationRow } from "../factories/service-rows";
import { cancel, consentVersion, register } from "../support/event-registration";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";
import { errorCode, signInAs, type SignedInUser } from "../support/user-session";

let database: TestDatabase;
let api: RunningApi;
let editor: SignedInUser;
let representative: SignedInUser;
let eventUuid: string;
let eventId: string;
const tokens: string[] = [];
const now = new Date("2026-11-24T10:00:00Z");

const REGISTRATIONS = `query ($eventId: ID!, $status: RegistrationStatus) {
  registrations(eventId: $eventId, status: $status, first: 50) {
    totalCount
    edges { node { id name email institution role gminaCode gmina { name } accessibilityNeeds accessibilityNote
      status waitingListPosition consentVersion anonymizedAt } }
  }
}`;

const csvUrl = (id: string) => new URL(`/files/events/${id}/registrations.csv`, api.url).toString();

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database, { now: () => now });
  const organizationId = await insertOrganizationRow(database.pool, { slug: "ops-lapy" });
  editor = await signInAs(database, api, "EDITOR");
  representative = await signInAs(database, api, "ORGANIZATION_REP", { organizationId });
  eventUuid = await insertEventRow(database.pool, {
    slug: "superwizja-dla-ops",
    capacity: 3,
    startsAt: "2026-12-03T09:00:00Z",
    endsAt: "2026-12-03T15:00:00Z",
  });
  eventId = eventGlobalId(eventUuid);
  const version = await consentVersion(api);
  const people = [
    { name: "Anna Nowak", email: "anna@example.pl", institution: "MOPS w Łapach", gminaCode: "2002063" },
    {
      name: '=HYPERLINK("http://zlo")',
      email: "b@example.pl",
      institution: "mops w łapach",
      gminaCode: "2002063",
    },
    {
      name: "Celina Wiśniewska",
      email: "c@example.pl",
      institution: "GOPS Turośń Kościelna",
      gminaCode: "2002112",
    },
    { name: "Dariusz Zając", email: "d@example.pl", institution: 'Fundacja; "Razem"', role: "NGO_STAFF" },
  ];
  for (const person of people) {
    const result = await register(api, {
      eventId,
      ...person,
      accessibilityNeeds: ["SIGN_LANGUAGE_INTERPRETER"],
      accessibilityNote: "tłumacz PJM",
      consentVersion: version,
    });
    expect(result.userErrors).toEqual([]);
    tokens.push(result.cancellationToken!);
  }
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("participants' personal data", () => {
  it("is refused to anonymous callers and representatives, in the registrations query and the statistics", async () => {
    expect(errorCode(await graphqlRequest(api, REGISTRATIONS, { eventId }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await graphqlRequest(api, REGISTRATIONS, { eventId }, representative.headers))).toBe(
      "FORBIDDEN",
    );
    const stats = `query ($eventId: ID) { eventRegistrationStats(eventId: $eventId) { confirmedCount } }`;
    expect(errorCode(await graphqlRequest(api, stats, { eventId }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await graphqlRequest(api, stats, { eventId }, representative.headers))).toBe(
      "FORBIDDEN",
    );
  });

  it("is not readable through a registration the public can reach (the register payload)", async () => {
    const response = await graphqlRequest<{ register: unknown }>(
      api,
      `mutation ($input: RegisterInput!) { register(input: $input) { registration { status name email } userErrors { field } } }`,
      {
        input: {
          eventId,
          name: "Ewa",
          email: "ewa@example.pl",
          institution: "OPS",
          role: "SOCIAL_WORKERS",
          consent: true,
          consentVersion: await consentVersion(api),
        },
      },
      { "x-forwarded-for": "10.20.0.1" },
    );
    expect(errorCode(response)).toBe("UNAUTHENTICATED");
    expect(JSON.stringify(response.data ?? null)).not.toContain("ewa@example.pl");
    await database.pool.query("delete from event_registration where email = 'ewa@example.pl'");
  });

  it("is listed for editors: confirmed first, then the waiting list in order", async () => {
    const response = await graphqlRequest<{
      registrations: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(api, REGISTRATIONS, { eventId }, editor.headers);
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.registrations.edges.map((edge) => edge.node);
    expect(response.data!.registrations.totalCount).toBe(4);
    expect(nodes.map((node) => [node.email, node.status, node.waitingListPosition])).toEqual([
      ["anna@example.pl", "CONFIRMED", null],
      ["b@example.pl", "CONFIRMED", null],
      ["c@example.pl", "CONFIRMED", null],
      ["d@example.pl", "WAITING_LIST", 1],
    ]);
    expect(nodes[0]).toMatchObject({
      name: "Anna Nowak",
      institution: "MOPS w Łapach",
      role: "SOCIAL_WORKERS",
      gmina: { name: "Łapy" },
      accessibilityNeeds: ["SIGN_LANGUAGE_INTERPRETER"],
      accessibilityNote: "tłumacz PJM",
    });
    const waiting = await graphqlRequest<{ registrations: { totalCount: number } }>(
      api,
      REGISTRATIONS,
      { eventId, status: "WAITING_LIST" },
      editor.headers,
    );
    expect(waiting.data!.registrations.totalCount).toBe(1);
  });

  it("exports the attendance list as CSV for editors only: 401 anonymous, 403 representative, 404 unknown", async () => {
    expect((await fetch(csvUrl(eventId))).status).toBe(401);
    expect((await fetch(csvUrl(eventId), { headers: representative.headers })).status).toBe(403);
    expect(
      (
        await fetch(csvUrl(eventGlobalId("5b0c6a43-5d0e-4c7b-9a55-3f1d2e6b7a10")), {
          headers: editor.headers,
        })
      ).status,
    ).toBe(404);

    const response = await fetch(csvUrl(eventId), { headers: editor.headers });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="uczestnicy-superwizja-dla-ops.csv"',
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split("\r\n");
    expect(lines[0]!.split(";").slice(0, 4)).toEqual(["Lp.", "Imię i nazwisko", "E-mail", "Instytucja"]);
    expect(lines[1]).toMatch(
      /^1;Anna Nowak;anna@example\.pl;MOPS w Łapach;pracownicy socjalni;2002063;Łapy;/,
    );
    // A name that would run as a formula is disarmed, a separator in a cell is quoted.
    expect(lines[2]).toMatch(/^2;"'=HYPERLINK\(""http:\/\/zlo""\)";b@example\.pl;/);
    expect(lines[4]).toContain(';"Fundacja; ""Razem""";');
    expect(lines[4]).toContain(";lista rezerwowa;1;");
    expect(lines).toHaveLength(6);
    const { rows } = await database.pool.query(
      "select actor_user_id, after from audit_entry where action = 'EVENT_REGISTRATIONS_EXPORTED'",
    );
    expect(rows).toEqual([{ actor_user_id: editor.id, after: { registrations: 4 } }]);
  });
});

describe("editors cancelling and reporting", () => {
  it("cancels on a participant's behalf, audited, and the waiting list moves up", async () => {
    const list = await graphqlRequest<{
      registrations: { edges: { node: { id: string; email: string } }[] };
    }>(api, REGISTRATIONS, { eventId }, editor.headers);
    const anna = list.data!.registrations.edges.find((edge) => edge.node.email === "anna@example.pl")!.node;
    const mutation = `mutation ($id: ID!) { cancelRegistrationByEditor(id: $id) { registration { status } userErrors { field message } } }`;
    expect(errorCode(await graphqlRequest(api, mutation, { id: anna.id }, representative.headers))).toBe(
      "FORBIDDEN",
    );
    const response = await graphqlRequest<{ cancelRegistrationByEditor: unknown }>(
      api,
      mutation,
      { id: anna.id },
      editor.headers,
    );
    expect(response.data!.cancelRegistrationByEditor).toEqual({
      registration: { status: "CANCELLED" },
      userErrors: [],
    });
    const { rows } = await database.pool.query<{
      email: string;
      status: string;
      cancelled_by_user_id: string | null;
    }>(
      "select email, status, cancelled_by_user_id from event_registration where event_id = $1 order by sequence",
      [eventUuid],
    );
    expect(rows.map((row) => `${row.email}:${row.status}`)).toEqual([
      "anna@example.pl:CANCELLED",
      "b@example.pl:CONFIRMED",
      "c@example.pl:CONFIRMED",
      "d@example.pl:CONFIRMED",
    ]);
    expect(rows[0]!.cancelled_by_user_id).toBe(editor.id);
    const { rows: audit } = await database.pool.query(
      "select action, actor_user_id from audit_entry where action in ('EVENT_REGISTRATION_CANCELLED', 'EVENT_REGISTRATION_PROMOTED') and actor_user_id is not null order by id",
    );
    expect(audit).toEqual([
      { action: "EVENT_REGISTRATION_CANCELLED", actor_user_id: editor.id },
      { action: "EVENT_REGISTRATION_PROMOTED", actor_user_id: editor.id },
    ]);
    expect((await cancel(api, tokens[0]!)).userErrors).toEqual([
      { field: ["token"], message: "is already cancelled" },
    ]);
  });

  it("counts confirmed participants per institution (ignoring case), gmina and role", async () => {
    const query = `query ($eventId: ID, $from: DateTime, $to: DateTime) {
      eventRegistrationStats(eventId: $eventId, from: $from, to: $to) {
        eventCount confirmedCount withoutGminaCount
        byInstitution { institution count } byGmina { gminaCode gminaName count } byRole { role count }
      }
    }`;
    const response = await graphqlRequest<{ eventRegistrationStats: unknown }>(
      api,
      query,
      { eventId },
      editor.headers,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.eventRegistrationStats).toEqual({
      eventCount: 1,
      confirmedCount: 3,
      withoutGminaCount: 1,
      byInstitution: [
        { institution: 'Fundacja; "Razem"', count: 1 },
        { institution: "GOPS Turośń Kościelna", count: 1 },
        { institution: "mops w łapach", count: 1 },
      ],
      byGmina: [
        { gminaCode: "2002063", gminaName: "Łapy", count: 1 },
        { gminaCode: "2002112", gminaName: "Turośń Kościelna", count: 1 },
      ],
      byRole: [
        { role: "SOCIAL_WORKERS", count: 2 },
        { role: "NGO_STAFF", count: 1 },
      ],
    });
    const byDates = await graphqlRequest<{
      eventRegistrationStats: { eventCount: number; confirmedCount: number };
    }>(api, query, { from: "2026-12-01T00:00:00Z", to: "2026-12-31T00:00:00Z" }, editor.headers);
    expect(byDates.data!.eventRegistrationStats).toMatchObject({ eventCount: 1, confirmedCount: 3 });
    const none = await graphqlRequest<{ eventRegistrationStats: { eventCount: number } }>(
      api,
      query,
      { from: "2027-01-01T00:00:00Z" },
      editor.headers,
    );
    expect(none.data!.eventRegistrationStats.eventCount).toBe(0);
    expect(errorCode(await graphqlRequest(api, query, {}, editor.headers))).toBe("BAD_USER_INPUT");
  });
});

describe("anonymization after the retention period", () => {
  it("blanks names, e-mails, needs and token hashes only once the period has passed, keeping what reports need", async () => {
    const retention = 90;
    const before = await anonymizeEventRegistrations(
      database.orm.em,
      clockAt(() => new Date("2027-03-03T14:59:59Z")),
      retention,
    );
    expect(before).toEqual({ events: 0, registrations: 0 });

    const at = new Date("2027-03-03T15:00:00Z"); // the event ended 2026-12-03T15:00Z, 90 days earlier
    expect(
      await anonymizeEventRegistrations(
        database.orm.em,
        clockAt(() => at),
        retention,
      ),
    ).toEqual({
      events: 1,
      registrations: 4,
    });
    const { rows } = await database.pool.query(
      `select name, email, institution, role, gmina_code, accessibility_needs, accessibility_note,
              cancellation_token_hash, anonymized_at, status
       from event_registration where event_id = $1 order by sequence`,
      [eventUuid],
    );
    for (const row of rows) {
      expect(row).toMatchObject({
        name: "",
        email: "",
        accessibility_needs: [],
        accessibility_note: "",
        cancellation_token_hash: null,
        anonymized_at: at,
      });
    }
    expect(rows.map((row) => [row.institution, row.gmina_code, row.role, row.status])).toEqual([
      ["MOPS w Łapach", "2002063", "SOCIAL_WORKERS", "CANCELLED"],
      ["mops w łapach", "2002063", "SOCIAL_WORKERS", "CONFIRMED"],
      ["GOPS Turośń Kościelna", "2002112", "SOCIAL_WORKERS", "CONFIRMED"],
      ['Fundacja; "Razem"', null, "NGO_STAFF", "CONFIRMED"],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/Nowak|example\.pl|PJM/);
    // Running again changes nothing; the pass is audited once per event, without personal data.
    expect(
      await anonymizeEventRegistrations(
        database.orm.em,
        clockAt(() => at),
        retention,
      ),
    ).toEqual({
      events: 0,
      registrations: 0,
    });
    const { rows: audit } = await database.pool.query(
      "select entity_id, after from audit_entry where action = 'EVENT_REGISTRATIONS_ANONYMIZED'",
    );
    expect(audit).toEqual([{ entity_id: eventUuid, after: { registrations: 4, retentionDays: 90 } }]);

    // The token no longer works, and the statistics still count the institutions and gminy.
    expect((await cancel(api, tokens[1]!)).userErrors).toEqual([
      { field: ["token"], message: "no registration has this token" },
    ]);
    const stats = await graphqlRequest<{
      eventRegistrationStats: { confirmedCount: number; byGmina: unknown[] };
    }>(
      api,
      `query ($eventId: ID) { eventRegistrationStats(eventId: $eventId) { confirmedCount byGmina { gminaCode count } } }`,
      { eventId },
      editor.headers,
    );
    expect(stats.data!.eventRegistrationStats).toEqual({
      confirmedCount: 3,
      byGmina: [
        { gminaCode: "2002063", count: 1 },
        { gminaCode: "2002112", count: 1 },
      ],
    });
  });
});
