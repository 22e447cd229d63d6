import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventGlobalId, insertEventRow } from "../factories/event-rows";
import { cancel, consentVersion, register } from "../support/event-registration";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

let database: TestDatabase;
let api: RunningApi;
let version: string;
let now = new Date("2026-11-24T10:00:00Z");

const upcoming = {
  startsAt: "2026-12-03T09:00:00Z",
  endsAt: "2026-12-04T15:00:00Z",
  registrationOpensAt: "2026-11-20T08:00:00Z",
  registrationClosesAt: "2026-12-01T22:00:00Z",
};

async function statuses(eventId: string) {
  const { rows } = await database.pool.query<{ email: string; status: string }>(
    "select email, status from event_registration where event_id = $1 order by sequence",
    [eventId],
  );
  return rows.map((row) => `${row.email}:${row.status}`);
}

async function publicCounts(slug: string) {
  const response = await graphqlRequest<{
    event: {
      confirmedCount: number;
      waitingListCount: number;
      placesLeft: number | null;
      registrationState: string;
    };
  }>(
    api,
    "query ($slug: String) { event(slug: $slug) { confirmedCount waitingListCount placesLeft registrationState } }",
    {
      slug,
    },
  );
  return response.data!.event;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database, { now: () => now });
  version = await consentVersion(api);
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("registering for an event", () => {
  it("confirms up to the capacity, then fills the waiting list in order, which moves up on a cancellation", async () => {
    const eventId = eventGlobalId(
      await insertEventRow(database.pool, { slug: "lpdi-krok-po-kroku", capacity: 2, ...upcoming }),
    );
    const results = [];
    for (const who of ["a", "b", "c", "d"]) {
      results.push(await register(api, { eventId, email: `${who}@example.pl`, consentVersion: version }));
    }
    expect(results.map((result) => result.userErrors)).toEqual([[], [], [], []]);
    expect(results.map((result) => result.registration!.status)).toEqual([
      "CONFIRMED",
      "CONFIRMED",
      "WAITING_LIST",
      "WAITING_LIST",
    ]);
    expect(results.map((result) => result.registration!.waitingListPosition)).toEqual([null, null, 1, 2]);
    expect(await publicCounts("lpdi-krok-po-kroku")).toEqual({
      confirmedCount: 2,
      waitingListCount: 2,
      placesLeft: 0,
      registrationState: "WAITING_LIST_ONLY",
    });

    const cancelled = await cancel(api, results[1]!.cancellationToken!);
    expect(cancelled).toEqual({ registration: { status: "CANCELLED" }, userErrors: [] });
    expect(await statuses(await eventUuid("lpdi-krok-po-kroku"))).toEqual([
      "a@example.pl:CONFIRMED",
      "b@example.pl:CANCELLED",
      "c@example.pl:CONFIRMED",
      "d@example.pl:WAITING_LIST",
    ]);
    const { rows: promoted } = await database.pool.query(
      "select promoted_at from event_registration where email = 'c@example.pl'",
    );
    expect(promoted[0].promoted_at).toEqual(now);

    // A waiting registration that cancels frees no place: nobody moves up, the rest keep their order.
    await cancel(api, results[3]!.cancellationToken!);
    expect(await publicCounts("lpdi-krok-po-kroku")).toMatchObject({
      confirmedCount: 2,
      waitingListCount: 0,
    });
    const { rows: audit } = await database.pool.query<{ action: string; after: Record<string, unknown> }>(
      "select action, after from audit_entry where entity_type = 'Event' order by id",
    );
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        "EVENT_REGISTRATION_CREATED",
        "EVENT_REGISTRATION_CANCELLED",
        "EVENT_REGISTRATION_PROMOTED",
      ]),
    );
    // The audit log outlives anonymization: it never holds who registered.
    expect(JSON.stringify(audit)).not.toContain("example.pl");
  });

  it("never overbooks: 20 simultaneous registrations for 5 places give 5 confirmed and 15 on the waiting list", async () => {
    const uuid = await insertEventRow(database.pool, { slug: "superwizja-tlum", capacity: 5, ...upcoming });
    const eventId = eventGlobalId(uuid);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        register(api, { eventId, email: `osoba${index}@example.pl`, consentVersion: version }),
      ),
    );
    expect(results.flatMap((result) => result.userErrors)).toEqual([]);
    const confirmed = results.filter((result) => result.registration!.status === "CONFIRMED");
    const waiting = results.filter((result) => result.registration!.status === "WAITING_LIST");
    expect(confirmed).toHaveLength(5);
    expect(waiting).toHaveLength(15);
    expect(waiting.map((result) => result.registration!.waitingListPosition).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 15 }, (_, index) => index + 1),
    );
    const { rows } = await database.pool.query<{ status: string; count: number }>(
      "select status, count(*)::int as count from event_registration where event_id = $1 group by status order by status",
      [uuid],
    );
    expect(rows).toEqual([
      { status: "CONFIRMED", count: 5 },
      { status: "WAITING_LIST", count: 15 },
    ]);
    // The first five by order of registration are the confirmed ones.
    const { rows: order } = await database.pool.query<{ status: string }>(
      "select status from event_registration where event_id = $1 order by sequence",
      [uuid],
    );
    expect(order.map((row) => row.status)).toEqual([
      ...Array(5).fill("CONFIRMED"),
      ...Array(15).fill("WAITING_LIST"),
    ]);
  });

  it("refuses a second registration with the same e-mail, whatever its case, until the first is cancelled", async () => {
    const eventId = eventGlobalId(await insertEventRow(database.pool, { slug: "cus-dwa-razy", ...upcoming }));
    const first = await register(api, { eventId, email: "Jan.Kowalski@Example.pl", consentVersion: version });
    expect(first.userErrors).toEqual([]);
    const again = await register(api, {
      eventId,
      email: " jan.kowalski@example.PL ",
      consentVersion: version,
    });
    expect(again).toEqual({
      registration: null,
      cancellationToken: null,
      userErrors: [{ field: ["input", "email"], message: "is already registered for this event" }],
    });
    await cancel(api, first.cancellationToken!);
    const afterCancelling = await register(api, {
      eventId,
      email: "jan.kowalski@example.pl",
      consentVersion: version,
    });
    expect(afterCancelling.registration?.status).toBe("CONFIRMED");
  });

  it("refuses registrations before the window opens, after it closes, after the event and for drafts", async () => {
    const eventId = eventGlobalId(await insertEventRow(database.pool, { slug: "okno-zapisow", ...upcoming }));
    const draftId = eventGlobalId(
      await insertEventRow(database.pool, { slug: "szkic", ...upcoming, publicationState: "DRAFT" }),
    );
    const attempt = async (at: string, id = eventId) => {
      now = new Date(at);
      try {
        return (await register(api, { eventId: id, email: `okno-${at}@example.pl`, consentVersion: version }))
          .userErrors;
      } finally {
        now = new Date("2026-11-24T10:00:00Z");
      }
    };
    expect(await attempt("2026-11-20T07:59:59Z")).toEqual([
      { field: ["input", "eventId"], message: "registration for this event has not opened yet" },
    ]);
    expect(await attempt("2026-11-20T08:00:00Z")).toEqual([]);
    expect(await attempt("2026-12-01T22:00:00Z")).toEqual([
      { field: ["input", "eventId"], message: "registration for this event is closed" },
    ]);
    expect(await attempt("2026-12-05T10:00:00Z")).toEqual([
      { field: ["input", "eventId"], message: "the event is over" },
    ]);
    expect(await attempt("2026-11-24T10:00:00Z", draftId)).toEqual([
      { field: ["input", "eventId"], message: "no published event has this ID" },
    ]);
    const { rows } = await database.pool.query(
      "select count(*)::int as count from event_registration r join event e on e.id = r.event_id where e.slug in ('okno-zapisow', 'szkic')",
    );
    expect(rows[0].count).toBe(1);
  });

  it("checks the input and the consent, each problem at its field, writing nothing", async () => {
    const eventId = eventGlobalId(await insertEventRow(database.pool, { slug: "walidacja", ...upcoming }));
    const result = await register(api, {
      eventId,
      name: " ",
      email: "nie-adres",
      institution: "",
      gminaCode: "2002064",
      consent: false,
      consentVersion: version,
    });
    expect(result.userErrors.map((error) => error.field.join("."))).toEqual([
      "input.name",
      "input.email",
      "input.institution",
      "input.consent",
    ]);
    // The gmina is looked up only once everything else is right.
    const stale = await register(api, { eventId, email: "x@example.pl", consentVersion: "2020-01-01/90d" });
    expect(stale.userErrors).toEqual([
      { field: ["input", "consentVersion"], message: expect.stringMatching(/not the current wording/) },
    ]);
    const notGmina = await register(api, {
      eventId,
      email: "x@example.pl",
      gminaCode: "2002064",
      consentVersion: version,
    });
    expect(notGmina.userErrors).toEqual([
      { field: ["input", "gminaCode"], message: "is not the TERYT code of a gmina" },
    ]);
    const { rows } = await database.pool.query(
      "select count(*)::int as count from event_registration r join event e on e.id = r.event_id where e.slug = 'walidacja'",
    );
    expect(rows[0].count).toBe(0);
  });

  it("stores the exact consent text shown, with its version and time", async () => {
    const eventId = eventGlobalId(await insertEventRow(database.pool, { slug: "zgoda", ...upcoming }));
    const consent = await graphqlRequest<{
      registrationConsent: { version: string; text: string; retentionDays: number };
    }>(api, "{ registrationConsent { version text retentionDays } }");
    const { version: shown, text, retentionDays } = consent.data!.registrationConsent;
    expect(retentionDays).toBe(90);
    expect(text).toContain("90 dni");
    const result = await register(api, { eventId, email: "zgoda@example.pl", consentVersion: shown });
    const { rows } = await database.pool.query(
      "select consent_version, consent_text, consented_at, cancellation_token_hash from event_registration where email = 'zgoda@example.pl'",
    );
    expect(rows[0]).toMatchObject({ consent_version: shown, consent_text: text, consented_at: now });
    // Only the token's SHA-256 is kept.
    expect(rows[0].cancellation_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].cancellation_token_hash).not.toContain(result.cancellationToken);
    expect(result.cancellationToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("cancels by token only: a wrong token, the registration's ID or a used token are refused", async () => {
    const eventId = eventGlobalId(await insertEventRow(database.pool, { slug: "anulowanie", ...upcoming }));
    const result = await register(api, { eventId, email: "anuluj@example.pl", consentVersion: version });
    const wrong = {
      registration: null,
      userErrors: [{ field: ["token"], message: "no registration has this token" }],
    };
    expect(await cancel(api, "x".repeat(43))).toEqual(wrong);
    expect(await cancel(api, result.registration!.id)).toEqual(wrong);
    const { rows } = await database.pool.query(
      "select id from event_registration where email = 'anuluj@example.pl'",
    );
    expect(await cancel(api, rows[0].id)).toEqual(wrong);
    expect((await cancel(api, result.cancellationToken!)).registration?.status).toBe("CANCELLED");
    expect(await cancel(api, result.cancellationToken!)).toEqual({
      registration: null,
      userErrors: [{ field: ["token"], message: "is already cancelled" }],
    });
  });

  it("limits registrations per client address", async () => {
    const eventId = eventGlobalId(await insertEventRow(database.pool, { slug: "limit", ...upcoming }));
    const results = [];
    for (let index = 0; index < 11; index++) {
      results.push(
        await register(
          api,
          { eventId, email: `limit${index}@example.pl`, consentVersion: version },
          "10.9.9.9",
        ),
      );
    }
    expect(results.slice(0, 10).every((result) => result.userErrors.length === 0)).toBe(true);
    expect(results[10]!.userErrors).toEqual([
      { field: [], message: "too many registrations from this address; try again later" },
    ]);
    const other = await register(
      api,
      { eventId, email: "inny@example.pl", consentVersion: version },
      "10.9.9.10",
    );
    expect(other.userErrors).toEqual([]);
  });
});

async function eventUuid(slug: string): Promise<string> {
  const { rows } = await database.pool.query<{ id: string }>("select id from event where slug = $1", [slug]);
  return rows[0]!.id;
}
