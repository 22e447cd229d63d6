import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertEventRow } from "../factories/event-rows";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, startTestApi, type TestDatabase } from "../support/test-hub";

let database: TestDatabase;
let api: RunningApi;
let conferenceId: string;
const now = new Date("2026-11-24T10:00:00Z");
const SITE = "https://obserwatorium.example.pl";

const fetchCalendar = (path: string) => fetch(new URL(path, api.url));

/** Parses with a real iCalendar parser; fails on anything it cannot read. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database, { now: () => now, siteUrl: SITE });
  conferenceId = await insertEventRow(database.pool, {
    slug: "konferencja-des",
    kind: "CONFERENCE",
    title:
      "Konferencja: deinstytucjonalizacja, usługi; CUS \\ LPDI — podsumowanie roku w województwie podlaskim",
    startsAt: "2026-12-03T09:00:00Z",
    endsAt: "2026-12-04T15:30:00Z",
    coordinates: [52.9906, 22.8811],
  });
  await insertEventRow(database.pool, {
    slug: "webinar-superwizja",
    kind: "SEMINAR",
    startsAt: "2026-11-30T12:00:00Z",
    endsAt: "2026-11-30T13:30:00Z",
    gminaCode: null,
  });
  await insertEventRow(database.pool, {
    slug: "juz-bylo",
    startsAt: "2026-10-01T08:00:00Z",
    endsAt: "2026-10-01T14:00:00Z",
  });
  await insertEventRow(database.pool, {
    slug: "szkic-wydarzenia",
    startsAt: "2026-12-10T08:00:00Z",
    endsAt: "2026-12-10T14:00:00Z",
    publicationState: "DRAFT",
  });
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("iCalendar export", () => {
  it("serves one event as valid iCalendar with every field a calendar needs", async () => {
    const response = await fetchCalendar("/calendar/events/konferencja-des.ics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line, "utf8") <= 75)).toBe(true);

    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBeTruthy();
    expect(events).toHaveLength(1);
    const vevent = events[0]!;
    const event = new ICAL.Event(vevent);
    // The long title was folded and its comma, semicolon and backslash escaped: the parser gets it back whole.
    expect(event.summary).toBe(
      "Konferencja: deinstytucjonalizacja, usługi; CUS \\ LPDI — podsumowanie roku w województwie podlaskim",
    );
    expect(event.uid).toBe(`${conferenceId}@obserwatorium`);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-03T09:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-04T15:30:00.000Z");
    expect(event.startDate.zone?.tzid).toBe("UTC");
    expect(event.location).toBe("Sala konferencyjna, ul. Główna 1, 18-100 Łapy");
    expect(event.description).toContain(`Szczegóły i zapisy: ${SITE}/wydarzenia/konferencja-des`);
    expect(vevent.getFirstPropertyValue("geo")).toEqual([52.9906, 22.8811]);
    expect(vevent.getFirstPropertyValue("url")).toBe(`${SITE}/wydarzenia/konferencja-des`);
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(String(vevent.getFirstPropertyValue("dtstamp"))).toBe("2026-11-24T10:00:00Z");
    expect(vevent.getFirstPropertyValue("categories")).toBe("konferencja");
  });

  it("keeps the UID of an event stable between downloads and edits", async () => {
    const uid = async () =>
      new ICAL.Event(
        parse(await (await fetchCalendar("/calendar/events/konferencja-des.ics")).text()).events[0],
      ).uid;
    const first = await uid();
    await database.pool.query("update event set title = 'Nowy tytuł', updated_at = now() where id = $1", [
      conferenceId,
    ]);
    expect(await uid()).toBe(first);
  });

  it("feeds the published events not yet over, soonest first, and hides drafts and unknown slugs", async () => {
    const response = await fetchCalendar("/calendar/events.ics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const { events } = parse(await response.text());
    expect(events).toHaveLength(2);
    expect(events.map((vevent) => vevent.getFirstPropertyValue("url"))).toEqual([
      `${SITE}/wydarzenia/webinar-superwizja`,
      `${SITE}/wydarzenia/konferencja-des`,
    ]);
    // An online event has no GEO and tells where to join.
    expect(events[0]!.getFirstPropertyValue("geo")).toBeNull();
    expect(new ICAL.Event(events[0]!).location).toBe("Online: https://spotkanie.example.pl/lpdi");

    expect((await fetchCalendar("/calendar/events/szkic-wydarzenia.ics")).status).toBe(404);
    expect((await fetchCalendar("/calendar/events/nie-ma-takiego.ics")).status).toBe(404);
    expect((await fetchCalendar("/calendar/events/konferencja-des.txt")).status).toBe(404);
  });
});
