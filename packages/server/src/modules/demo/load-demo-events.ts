import type { EntityManager } from "@mikro-orm/postgresql";
import { systemClock } from "../common/clock";
import { parseEventInstant } from "../common/warsaw-time";
import { DEFAULT_RETENTION_DAYS, registrationConsent } from "../event/registration-consent";
import { bulkInsert, insertIfEmpty } from "./bulk-insert";
import { generateDemoEvents, type DemoEventOrganizer } from "./generate-demo-events";
import { readDemoGminy } from "./load-demo-registry";

export interface DemoEventsCounts {
  events: number;
  registrations: number;
}

const EVENT_COLUMNS = [
  ["id", "uuid"],
  ["slug", "text"],
  ["kind", "text"],
  ["title", "text"],
  ["summary", "text"],
  ["description_markdown", "text"],
  ["audiences", "text[]"],
  ["topics", "text[]"],
  ["service_areas", "text[]"],
  ["starts_at", "timestamptz"],
  ["ends_at", "timestamptz"],
  ["venue_name", "text"],
  ["street_address", "text"],
  ["postal_code", "text"],
  ["city", "text"],
  ["gmina_code", "text"],
  ["latitude", "double precision"],
  ["longitude", "double precision"],
  ["online_url", "text"],
  ["capacity", "integer"],
  ["registration_opens_at", "timestamptz"],
  ["registration_closes_at", "timestamptz"],
  ["organizer_organization_id", "uuid"],
  ["organizer_name", "text"],
  ["publication_state", "text"],
  ["is_demo", "boolean"],
] as const;

/** Loads the demo events only when there are none; returns null (and changes nothing) otherwise. */
export function loadDemoEventsIfEmpty(
  em: EntityManager,
  options: { today?: string } = {},
): Promise<DemoEventsCounts | null> {
  return insertIfEmpty(em, "event", async (tx) => {
    const today = options.today ?? systemClock.today();
    const gminy = await readDemoGminy(tx, false);
    if (gminy.length === 0) throw new Error("The TERYT register has no podlaskie gminy; import it first.");
    const organizers = await tx.execute<DemoEventOrganizer[]>(
      `select distinct on (seat_gmina_code) id, seat_gmina_code as "seatGminaCode"
       from organization
       where is_demo and publication_state = 'PUBLISHED' and seat_gmina_code like '20%'
       order by seat_gmina_code, (pes_type = 'NOT_PES') desc, slug`,
    );
    const { events, registrations } = generateDemoEvents({ today, gminy, organizers });
    await bulkInsert(tx, { table: "event", columns: EVENT_COLUMNS }, events);
    // One by one, so that the order of registration (the waiting list) is the order given.
    const consent = registrationConsent(DEFAULT_RETENTION_DAYS);
    const todayAt8 = parseEventInstant(`${today}T08:00`)!.getTime();
    const startOf = new Map(events.map((event) => [event.id, new Date(event.starts_at).getTime()]));
    for (const registration of registrations) {
      // A week before the event at the latest: the past event's participants registered before it.
      const registeredAt = new Date(Math.min(todayAt8, startOf.get(registration.event_id)! - 7 * 86_400_000));
      await tx.execute(
        `insert into event_registration (id, event_id, name, email, institution, role, gmina_code, status,
           consent_version, consent_text, consented_at, registered_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          registration.id,
          registration.event_id,
          registration.name,
          registration.email,
          registration.institution,
          registration.role,
          registration.gmina_code,
          registration.status,
          consent.version,
          consent.text,
          registeredAt,
          registeredAt,
        ],
      );
    }
    return { events: events.length, registrations: registrations.length };
  });
}
