import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventGlobalId, insertEventRow } from "../factories/event-rows";
import {
  goodPracticeGlobalId,
  insertGoodPracticeRow,
  organizationGlobalId,
} from "../factories/good-practice-rows";
import { insertOrganizationRow } from "../factories/service-rows";
import { consentVersion, register } from "../support/event-registration";
import { TERYT_FILE } from "../support/paths";
import { SqlCounter } from "../support/sql-counter";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";
import { errorCode, signInAs, type SignedInUser } from "../support/user-session";

const sql = new SqlCounter();
let database: TestDatabase;
let api: RunningApi;
let editor: SignedInUser;
let representative: SignedInUser;
let organizationId: string;
let practiceId: string;
const now = new Date("2026-11-24T10:00:00Z");

const FIELDS = `event { id slug kind title publicationState startsAt endsAt startsAtLocal endsAtLocal isMultiDay
    attendanceMode venue { name city gminaCode gmina { name } latitude longitude } onlineUrl capacity
    registrationOpensAt registrationClosesAt organizer { name } organizerName descriptionHtml descriptionMarkdown
    goodPractices { title } documents { title } topics audiences serviceAreas calendarPath
    registrationState placesLeft confirmedCount waitingListCount registrationCount }
  userErrors { field message }`;

interface Payload {
  event: Record<string, unknown> & { id: string };
  userErrors: { field: string[]; message: string }[];
}

function validInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: "TRAINING",
    title: "Superwizja dla pracowników socjalnych",
    summary: "Dwa dni pracy z superwizorem w małych grupach.",
    descriptionMarkdown: "# Program\n\n<script>alert(1)</script>\n\n[Zapisy](javascript:alert(1))",
    audiences: ["SOCIAL_WORKERS"],
    topics: ["SUPERVISION"],
    serviceAreas: ["SOCIAL_ASSISTANCE"],
    startsAt: "2026-12-03T10:00",
    endsAt: "2026-12-04T15:00",
    venue: {
      name: "Sala OPS",
      streetAddress: "ul. Główna 1",
      postalCode: "18-100",
      city: "Łapy",
      gminaCode: "2002063",
      latitude: 52.9906,
      longitude: 22.8811,
    },
    capacity: 1,
    registrationOpensAt: "2026-11-20T08:00",
    organizerId: organizationId,
    goodPracticeIds: [practiceId],
    ...overrides,
  };
}

async function mutate(
  name: string,
  query: string,
  variables: Record<string, unknown>,
  headers = editor.headers,
) {
  const response = await graphqlRequest<Record<string, Payload>>(api, query, variables, headers);
  expect(response.errors).toBeUndefined();
  return response.data![name]!;
}

const create = (input: Record<string, unknown>) =>
  mutate("createEvent", `mutation ($input: EventInput!) { createEvent(input: $input) { ${FIELDS} } }`, {
    input,
  });
const update = (id: string, input: Record<string, unknown>) =>
  mutate(
    "updateEvent",
    `mutation ($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { ${FIELDS} } }`,
    {
      id,
      input,
    },
  );
const publish = (id: string) =>
  mutate("publishEvent", `mutation ($id: ID!) { publishEvent(id: $id) { ${FIELDS} } }`, { id });

const eventCount = async () =>
  Number((await database.pool.query("select count(*) as count from event")).rows[0].count);

async function slugs(filter: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await graphqlRequest<{
    events: { totalCount: number; edges: { node: { slug: string } }[] };
  }>(
    api,
    `query ($filter: EventFilter) { events(filter: $filter, first: 50) { totalCount edges { node { slug } } } }`,
    { filter },
    headers,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.events.edges.map((edge) => edge.node.slug);
}

beforeAll(async () => {
  database = await createTestDatabase({ loggerFactory: sql.loggerFactory });
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database, { now: () => now });
  const organization = await insertOrganizationRow(database.pool, { slug: "ops-lapy" });
  organizationId = organizationGlobalId(organization);
  practiceId = goodPracticeGlobalId(await insertGoodPracticeRow(database.pool, { slug: "asystent-rodziny" }));
  editor = await signInAs(database, api, "EDITOR");
  representative = await signInAs(database, api, "ORGANIZATION_REP", { organizationId: organization });
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("editing events", () => {
  let id: string;

  it("refuses anonymous callers and representatives, writing nothing", async () => {
    const query = `mutation ($input: EventInput!) { createEvent(input: $input) { userErrors { field } } }`;
    const before = await eventCount();
    expect(errorCode(await graphqlRequest(api, query, { input: validInput() }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await graphqlRequest(api, query, { input: validInput() }, representative.headers))).toBe(
      "FORBIDDEN",
    );
    expect(await eventCount()).toBe(before);
  });

  it("names every problem at its input path and writes nothing", async () => {
    const before = await eventCount();
    const result = await create(
      validInput({
        title: " ",
        slug: "Zły Slug",
        summary: "",
        startsAt: "2026-12-03T10:00",
        endsAt: "2026-12-03T09:00",
        venue: { city: "Łapy", gminaCode: "2002", postalCode: "18100", latitude: 52.99 },
        capacity: 0,
        registrationOpensAt: "jutro",
        registrationClosesAt: "2026-12-05T10:00",
        onlineUrl: "ftp://x.pl",
        organizerId: null,
        organizerName: null,
      }),
    );
    expect(result.event).toBeNull();
    expect(result.userErrors.map((error) => error.field.join("."))).toEqual([
      "input.title",
      "input.slug",
      "input.summary",
      "input.endsAt",
      "input.venue.postalCode",
      "input.venue.gminaCode",
      "input.venue.longitude",
      "input.onlineUrl",
      "input.capacity",
      "input.registrationOpensAt",
      "input.registrationClosesAt",
      "input.organizerId",
    ]);
    const place = await create(validInput({ venue: null, onlineUrl: null }));
    expect(place.userErrors).toEqual([
      { field: ["input", "venue"], message: "give a place or an online address (onlineUrl)" },
    ]);
    const references = await create(
      validInput({
        venue: { ...validInput().venue, gminaCode: "2002064", latitude: 22.88, longitude: 52.99 },
        organizerId: eventGlobalId("5b0c6a43-5d0e-4c7b-9a55-3f1d2e6b7a10"),
        goodPracticeIds: [practiceId, goodPracticeGlobalId("5b0c6a43-5d0e-4c7b-9a55-3f1d2e6b7a10")],
      }),
    );
    expect(references.userErrors).toEqual([
      { field: ["input", "venue", "gminaCode"], message: "must be a gmina, not a part of one" },
      { field: ["input", "organizerId"], message: "is not the ID of an Organization" },
      { field: ["input", "goodPracticeIds", "1"], message: "no GoodPractice has this ID" },
    ]);
    const swapped = await create(
      validInput({ venue: { ...validInput().venue, latitude: 22.88, longitude: 52.99 } }),
    );
    expect(swapped.userErrors).toEqual([
      { field: ["input", "venue", "latitude"], message: expect.stringMatching(/województwo of the gmina/) },
    ]);
    expect(await eventCount()).toBe(before);
  });

  it("creates a draft in Warsaw time with its links, audited, hidden from the public", async () => {
    const result = await create(validInput());
    expect(result.userErrors).toEqual([]);
    id = result.event.id;
    expect(result.event).toMatchObject({
      slug: "superwizja-dla-pracownikow-socjalnych",
      publicationState: "DRAFT",
      startsAt: "2026-12-03T09:00:00.000Z",
      startsAtLocal: "2026-12-03T10:00:00+01:00",
      endsAtLocal: "2026-12-04T15:00:00+01:00",
      isMultiDay: true,
      attendanceMode: "ON_SITE",
      venue: { name: "Sala OPS", city: "Łapy", gminaCode: "2002063", gmina: { name: "Łapy" } },
      organizer: { name: "Organizacja ops-lapy" },
      organizerName: "Organizacja ops-lapy",
      goodPractices: [{ title: "asystent-rodziny" }],
      registrationState: "OPEN",
      placesLeft: 1,
      calendarPath: "/calendar/events/superwizja-dla-pracownikow-socjalnych.ics",
    });
    expect(result.event.descriptionHtml).toContain("<h2>Program</h2>");
    expect(result.event.descriptionHtml).not.toContain("<script>");
    expect(result.event.descriptionHtml).not.toContain('href="javascript');
    const { rows } = await database.pool.query<{
      action: string;
      actor_user_id: string;
      after: Record<string, unknown>;
    }>("select action, actor_user_id, after from audit_entry where entity_type = 'Event' order by id");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "EVENT_CREATED", actor_user_id: editor.id });
    expect(rows[0]!.after).toMatchObject({
      startsAt: "2026-12-03T09:00:00.000Z",
      capacity: 1,
      goodPracticeIds: [expect.any(String)],
    });

    const anonymous = await graphqlRequest<{ event: unknown }>(
      api,
      "query ($id: ID) { event(id: $id) { slug } }",
      { id },
    );
    expect(anonymous.data!.event).toBeNull();
    const staffOnly = await graphqlRequest(
      api,
      "query ($id: ID) { event(id: $id) { descriptionMarkdown } }",
      { id },
      editor.headers,
    );
    expect(staffOnly.errors).toBeUndefined();
  });

  it("publishes, and raising the capacity gives the new places to the waiting list in order", async () => {
    expect((await publish(id)).event.publicationState).toBe("PUBLISHED");
    const version = await consentVersion(api);
    for (const who of ["a", "b", "c"]) {
      expect(
        (await register(api, { eventId: id, email: `${who}@example.pl`, consentVersion: version }))
          .userErrors,
      ).toEqual([]);
    }
    const raised = await update(id, validInput({ capacity: 2, slug: "superwizja-lapy" }));
    expect(raised.userErrors).toEqual([]);
    expect(raised.event).toMatchObject({
      slug: "superwizja-lapy",
      confirmedCount: 2,
      waitingListCount: 1,
      placesLeft: 0,
    });
    const { rows } = await database.pool.query<{ email: string; status: string }>(
      "select email, status from event_registration order by sequence",
    );
    expect(rows.map((row) => `${row.email}:${row.status}`)).toEqual([
      "a@example.pl:CONFIRMED",
      "b@example.pl:CONFIRMED",
      "c@example.pl:WAITING_LIST",
    ]);
    const { rows: audit } = await database.pool.query<{
      action: string;
      before: Record<string, unknown> | null;
    }>(
      "select action, before from audit_entry where entity_type = 'Event' and actor_user_id is not null order by id",
    );
    expect(audit.map((entry) => entry.action)).toEqual([
      "EVENT_CREATED",
      "EVENT_PUBLISHED",
      "EVENT_UPDATED",
      "EVENT_REGISTRATION_PROMOTED",
    ]);
    expect(audit[2]!.before).toMatchObject({ slug: "superwizja-dla-pracownikow-socjalnych", capacity: 1 });
    // Lowering the capacity never takes a confirmed place away.
    const lowered = await update(id, validInput({ capacity: 1, slug: "superwizja-lapy" }));
    expect(lowered.event).toMatchObject({
      confirmedCount: 2,
      placesLeft: 0,
      registrationState: "WAITING_LIST_ONLY",
    });
  });

  it("refuses a slug another event uses, and archives", async () => {
    await insertEventRow(database.pool, {
      slug: "zajety",
      startsAt: "2026-12-01T09:00:00Z",
      endsAt: "2026-12-01T10:00:00Z",
    });
    const taken = await update(id, validInput({ slug: "zajety" }));
    expect(taken.userErrors).toEqual([
      { field: ["input", "slug"], message: "is already used by another event" },
    ]);
    const archived = await mutate(
      "archiveEvent",
      `mutation ($id: ID!) { archiveEvent(id: $id) { ${FIELDS} } }`,
      { id },
    );
    expect(archived.event.publicationState).toBe("ARCHIVED");
    const missing = await publish(eventGlobalId("5b0c6a43-5d0e-4c7b-9a55-3f1d2e6b7a10"));
    expect(missing.userErrors).toEqual([{ field: ["id"], message: "no event has this ID" }]);
  });
});

describe("the events list", () => {
  beforeAll(async () => {
    await database.pool.query("delete from event");
    const base = { registrationOpensAt: "2026-11-01T08:00:00Z" };
    await insertEventRow(database.pool, {
      ...base,
      slug: "lpdi-lapy",
      kind: "TRAINING",
      topics: ["LPDI"],
      startsAt: "2026-12-02T09:00:00Z",
      endsAt: "2026-12-02T15:00:00Z",
    });
    await insertEventRow(database.pool, {
      ...base,
      slug: "targi-lomza",
      kind: "FAIR",
      topics: ["SOCIAL_ECONOMY"],
      gminaCode: "2062011",
      coordinates: [53.178, 22.059],
      startsAt: "2026-12-10T09:00:00Z",
      endsAt: "2026-12-11T15:00:00Z",
    });
    await insertEventRow(database.pool, {
      ...base,
      slug: "webinar-cus",
      kind: "SEMINAR",
      topics: ["CUS"],
      gminaCode: null,
      startsAt: "2026-11-25T12:00:00Z",
      endsAt: "2026-11-25T13:00:00Z",
      registrationClosesAt: "2026-11-24T09:00:00Z",
    });
    await insertEventRow(database.pool, {
      slug: "wizyta-przeszla",
      kind: "STUDY_VISIT",
      topics: ["SOCIAL_WORK"],
      startsAt: "2026-10-01T09:00:00Z",
      endsAt: "2026-10-02T15:00:00Z",
    });
    await insertEventRow(database.pool, {
      slug: "szkic-kalendarza",
      startsAt: "2026-12-20T09:00:00Z",
      endsAt: "2026-12-20T10:00:00Z",
      publicationState: "DRAFT",
    });
  });

  it("lists published events soonest first, and drafts to editors only", async () => {
    expect(await slugs({})).toEqual(["wizyta-przeszla", "webinar-cus", "lpdi-lapy", "targi-lomza"]);
    expect(await slugs({}, representative.headers)).toEqual([
      "wizyta-przeszla",
      "webinar-cus",
      "lpdi-lapy",
      "targi-lomza",
    ]);
    expect(await slugs({}, editor.headers)).toContain("szkic-kalendarza");
    expect(await slugs({ publicationStates: ["DRAFT"] }, editor.headers)).toEqual(["szkic-kalendarza"]);
    expect(await slugs({ publicationStates: ["DRAFT"] })).not.toContain("szkic-kalendarza");
  });

  it("filters by kind, topic, TERYT area, dates and open registration", async () => {
    expect(await slugs({ kinds: ["FAIR", "SEMINAR"] })).toEqual(["webinar-cus", "targi-lomza"]);
    expect(await slugs({ topics: ["LPDI"] })).toEqual(["lpdi-lapy"]);
    expect(await slugs({ areaCode: "2002" })).toEqual(["wizyta-przeszla", "lpdi-lapy"]);
    expect(await slugs({ areaCode: "20" })).toEqual(["wizyta-przeszla", "lpdi-lapy", "targi-lomza"]);
    expect(await slugs({ areaCode: "2062011" })).toEqual(["targi-lomza"]);
    expect(await slugs({ from: now.toISOString() })).toEqual(["webinar-cus", "lpdi-lapy", "targi-lomza"]);
    expect(await slugs({ from: now.toISOString(), to: "2026-12-05T00:00:00Z" })).toEqual([
      "webinar-cus",
      "lpdi-lapy",
    ]);
    expect(await slugs({ openForRegistration: true })).toEqual(["lpdi-lapy", "targi-lomza"]);
    expect(await slugs({ openForRegistration: false })).toEqual(["wizyta-przeszla", "webinar-cus"]);
    const bad = await graphqlRequest(api, `{ events(filter: { areaCode: "2x" }, first: 10) { totalCount } }`);
    expect(errorCode(bad)).toBe("BAD_USER_INPUT");
  });

  it("pages with first/after and loads a page with everything nested without N+1", async () => {
    const page = async (after: string | null) => {
      const response = await graphqlRequest<{
        events: {
          edges: { node: { slug: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }>(
        api,
        `query ($after: String) { events(first: 2, after: $after) { edges { node { slug } } pageInfo { hasNextPage endCursor } } }`,
        {
          after,
        },
      );
      return response.data!.events;
    };
    const first = await page(null);
    const second = await page(first.pageInfo.endCursor);
    expect([...first.edges, ...second.edges].map((edge) => edge.node.slug)).toEqual([
      "wizyta-przeszla",
      "webinar-cus",
      "lpdi-lapy",
      "targi-lomza",
    ]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    sql.reset();
    const response = await graphqlRequest(
      api,
      `{ events(first: 50) { edges { node { slug organizerName organizer { name } venue { gmina { name } }
          documents { title } goodPractices { title } confirmedCount placesLeft registrationState } } } }`,
    );
    expect(response.errors).toBeUndefined();
    // Page, events, documents, good practices, counts, gminy: one query each, whatever the page size.
    expect(sql.selects().length).toBeLessThanOrEqual(7);
  });
});
