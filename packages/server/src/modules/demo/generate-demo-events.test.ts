import { isTerytCode, validateSlug } from "@obserwatorium/schema";
import { describe, expect, it } from "vitest";
import { registrationState } from "../event/event-registration-state";
import { generateDemoEvents } from "./generate-demo-events";

const gminy = [
  { code: "2002063", name: "Łapy", powiatCode: "2002" },
  { code: "2061011", name: "Białystok", powiatCode: "2061" },
  { code: "2062011", name: "Łomża", powiatCode: "2062" },
];
const today = "2026-11-24";
const now = new Date("2026-11-24T12:00:00Z");

describe("generateDemoEvents", () => {
  const { events, registrations } = generateDemoEvents({
    today,
    gminy,
    organizers: [{ id: "5b0c6a43-5d0e-4c7b-9a55-3f1d2e6b7a10", seatGminaCode: "2061011" }],
  });
  const state = (slug: string) => {
    const event = events.find((candidate) => candidate.slug === slug)!;
    const confirmed = registrations.filter((r) => r.event_id === event.id && r.status === "CONFIRMED").length;
    return registrationState(
      {
        startsAt: new Date(event.starts_at),
        endsAt: new Date(event.ends_at),
        capacity: event.capacity,
        registrationOpensAt: event.registration_opens_at ? new Date(event.registration_opens_at) : null,
      },
      confirmed,
      now,
    );
  };

  it("makes five published demo events in podlaskie with valid slugs and places", () => {
    expect(events).toHaveLength(5);
    for (const event of events) {
      expect(event.is_demo).toBe(true);
      expect(event.publication_state).toBe("PUBLISHED");
      expect(validateSlug(event.slug)).toBeNull();
      expect(new Date(event.ends_at) > new Date(event.starts_at)).toBe(true);
      expect(event.gmina_code === null ? event.online_url : isTerytCode(event.gmina_code)).toBeTruthy();
      if (event.gmina_code) expect(event.gmina_code.startsWith("20")).toBe(true);
      expect(event.organizer_organization_id ?? event.organizer_name).toBeTruthy();
    }
    // Białystok has an organizer (also for the online webinar); Łomża and Suwałki fall back to a name.
    expect(events.filter((event) => event.organizer_organization_id)).toHaveLength(3);
  });

  it("shows every state of registration: open, full with a waiting list, not yet open, ended", () => {
    expect(state("demo-szkolenie-lpdi-krok-po-kroku")).toBe("OPEN");
    expect(state("demo-webinar-cus")).toBe("OPEN");
    expect(state("demo-superwizja-grupowa-lomza")).toBe("WAITING_LIST_ONLY");
    expect(state("demo-targi-ekonomii-spolecznej-suwalki")).toBe("NOT_YET_OPEN");
    expect(state("demo-wizyta-studyjna-dzienny-dom")).toBe("ENDED");
    expect(registrations.filter((r) => r.status === "WAITING_LIST")).toHaveLength(3);
  });

  it("starts events at 10:00 Warsaw time and uses only demo addresses", () => {
    expect(events[0]!.starts_at).toBe("2026-12-08T09:00:00.000Z");
    expect(registrations.every((r) => r.email.endsWith("@example.pl"))).toBe(true);
    expect(new Set(registrations.map((r) => r.email)).size).toBe(registrations.length);
  });
});
