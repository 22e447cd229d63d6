import { randomUUID } from "node:crypto";
import type { EventAudience, EventKind, EventTopic, ServiceArea } from "@obserwatorium/schema";
import { parseEventInstant } from "../common/warsaw-time";
import { addDays } from "./demo-dates";
import type { DemoGmina } from "./generate-demo-registry";

/** A published demo organization that may organize an event, by the gmina of its seat. */
export interface DemoEventOrganizer {
  id: string;
  seatGminaCode: string;
}

export interface DemoEventRow {
  id: string;
  slug: string;
  kind: EventKind;
  title: string;
  summary: string;
  description_markdown: string;
  audiences: EventAudience[];
  topics: EventTopic[];
  service_areas: ServiceArea[];
  starts_at: string;
  ends_at: string;
  venue_name: string | null;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  gmina_code: string | null;
  latitude: number | null;
  longitude: number | null;
  online_url: string | null;
  capacity: number | null;
  registration_opens_at: string | null;
  registration_closes_at: string | null;
  organizer_organization_id: string | null;
  organizer_name: string | null;
  publication_state: "PUBLISHED";
  is_demo: true;
}

export interface DemoRegistrationRow {
  id: string;
  event_id: string;
  name: string;
  email: string;
  institution: string;
  role: EventAudience;
  gmina_code: string;
  status: "CONFIRMED" | "WAITING_LIST";
}

export interface DemoEvents {
  events: DemoEventRow[];
  registrations: DemoRegistrationRow[];
}

interface Template {
  slug: string;
  kind: EventKind;
  title: string;
  summary: string;
  description: string;
  audiences: EventAudience[];
  topics: EventTopic[];
  serviceAreas: ServiceArea[];
  /** Days from today to the first day, 10:00 Warsaw time; the last day ends at `endTime`. */
  startInDays: number;
  days: number;
  endTime: string;
  venue: {
    name: string;
    street: string;
    postalCode: string;
    city: string;
    gminaCode: string;
    at: [number, number];
  } | null;
  onlineUrl: string | null;
  capacity: number | null;
  /** Days from today when registration opens; null: open at once. */
  opensInDays: number | null;
  registrations: { confirmed: number; waiting: number };
}

const BIALYSTOK = "2061011";
const LOMZA = "2062011";
const SUWALKI = "2063011";

const TEMPLATES: Template[] = [
  {
    slug: "demo-szkolenie-lpdi-krok-po-kroku",
    kind: "TRAINING",
    title: "Lokalny plan deinstytucjonalizacji krok po kroku — szkolenie dla gmin i powiatów",
    summary: "Jak przygotować diagnozę, część programową i monitoring LPDI, na przykładach z województwa.",
    description:
      "## Program\n\n- diagnoza zasobów i potrzeb\n- część programowa: działania, koszty, wskaźniki\n" +
      "- monitoring i ewaluacja planu\n\n## Dla kogo\n\nKadra OPS, PCPR i urzędów gmin przygotowująca LPDI.",
    audiences: ["JST_STAFF", "SOCIAL_ASSISTANCE_MANAGERS", "SOCIAL_WORKERS"],
    topics: ["LPDI", "DEINSTITUTIONALISATION"],
    serviceAreas: ["SOCIAL_ASSISTANCE"],
    startInDays: 14,
    days: 1,
    endTime: "15:00",
    venue: {
      name: "Sala konferencyjna",
      street: "ul. Mickiewicza 1",
      postalCode: "15-213",
      city: "Białystok",
      gminaCode: BIALYSTOK,
      at: [53.1289, 23.1592],
    },
    onlineUrl: null,
    capacity: 30,
    opensInDays: null,
    registrations: { confirmed: 12, waiting: 0 },
  },
  {
    slug: "demo-superwizja-grupowa-lomza",
    kind: "TRAINING",
    title: "Superwizja grupowa dla pracowników socjalnych",
    summary: "Dwa spotkania w małej grupie z superwizorem pracy socjalnej. Liczba miejsc ograniczona.",
    description: "## Jak to wygląda\n\nPraca na przypadkach uczestników, w grupie do ośmiu osób.",
    audiences: ["SOCIAL_WORKERS", "FAMILY_ASSISTANTS"],
    topics: ["SUPERVISION", "SOCIAL_WORK"],
    serviceAreas: ["SOCIAL_ASSISTANCE", "FAMILY_SUPPORT"],
    startInDays: 21,
    days: 2,
    endTime: "14:00",
    venue: {
      name: "Sala szkoleniowa",
      street: "ul. Długa 13",
      postalCode: "18-400",
      city: "Łomża",
      gminaCode: LOMZA,
      at: [53.1781, 22.0593],
    },
    onlineUrl: null,
    capacity: 8,
    opensInDays: null,
    registrations: { confirmed: 8, waiting: 3 },
  },
  {
    slug: "demo-webinar-cus",
    kind: "SEMINAR",
    title: "Centrum usług społecznych — webinar dla samorządów",
    summary: "Jak gmina przekształca OPS w CUS: doświadczenia, finansowanie i pierwsze kroki.",
    description: "Webinar online. Link do spotkania otrzymają osoby zarejestrowane.",
    audiences: ["JST_STAFF", "SOCIAL_ASSISTANCE_MANAGERS", "CUS_STAFF"],
    topics: ["CUS", "COMMUNITY_SERVICES"],
    serviceAreas: ["SOCIAL_ASSISTANCE"],
    startInDays: 10,
    days: 1,
    endTime: "12:00",
    venue: null,
    onlineUrl: "https://spotkania.example.pl/webinar-cus",
    capacity: null,
    opensInDays: null,
    registrations: { confirmed: 5, waiting: 0 },
  },
  {
    slug: "demo-targi-ekonomii-spolecznej-suwalki",
    kind: "FAIR",
    title: "Targi Ekonomii Społecznej w Suwałkach",
    summary: "Podmioty ekonomii społecznej pokazują swoje produkty i usługi samorządom i mieszkańcom.",
    description:
      "## W programie\n\n- stoiska PES\n- rozmowy o klauzulach społecznych\n- gala „Zakup Prospołeczny”",
    audiences: ["PES_STAFF", "OWES_STAFF", "JST_STAFF", "RESIDENTS"],
    topics: ["SOCIAL_ECONOMY", "SOCIAL_PROCUREMENT"],
    serviceAreas: ["VOCATIONAL_AND_SOCIAL_REINTEGRATION"],
    startInDays: 45,
    days: 1,
    endTime: "16:00",
    venue: {
      name: "Hala widowiskowa",
      street: "ul. Wojska Polskiego 2",
      postalCode: "16-400",
      city: "Suwałki",
      gminaCode: SUWALKI,
      at: [54.1025, 22.9283],
    },
    onlineUrl: null,
    capacity: 200,
    opensInDays: 7,
    registrations: { confirmed: 0, waiting: 0 },
  },
  {
    slug: "demo-wizyta-studyjna-dzienny-dom",
    kind: "STUDY_VISIT",
    title: "Wizyta studyjna: dzienny dom pomocy i mieszkania wspomagane",
    summary: "Zwiedzanie placówek i rozmowa z ich kadrą o usługach środowiskowych dla seniorów.",
    description: "Wizyta się odbyła. Materiały są dostępne u organizatora.",
    audiences: ["SOCIAL_ASSISTANCE_MANAGERS", "JST_STAFF"],
    topics: ["DEINSTITUTIONALISATION", "COMMUNITY_SERVICES"],
    serviceAreas: ["SOCIAL_ASSISTANCE", "HOUSING"],
    startInDays: -20,
    days: 1,
    endTime: "15:00",
    venue: {
      name: "Dzienny dom pomocy",
      street: "ul. Kościelna 5",
      postalCode: "15-001",
      city: "Białystok",
      gminaCode: BIALYSTOK,
      at: [53.1325, 23.1688],
    },
    onlineUrl: null,
    capacity: 15,
    opensInDays: null,
    registrations: { confirmed: 14, waiting: 0 },
  },
];

const ROLES: EventAudience[] = [
  "SOCIAL_WORKERS",
  "JST_STAFF",
  "SOCIAL_ASSISTANCE_MANAGERS",
  "FAMILY_ASSISTANTS",
];

const instant = (date: string, time: string) => parseEventInstant(`${date}T${time}`)!.toISOString();

/**
 * Five demo events of podlaskie around `today`: two upcoming and open, one full with a waiting
 * list, one whose registration opens next week and one past. Participants are demo people from
 * the OPS of podlaskie gminy, with example.pl addresses.
 */
export function generateDemoEvents(options: {
  today: string;
  gminy: readonly DemoGmina[];
  organizers: readonly DemoEventOrganizer[];
}): DemoEvents {
  const { today, gminy, organizers } = options;
  const events: DemoEventRow[] = [];
  const registrations: DemoRegistrationRow[] = [];
  let person = 0;
  for (const template of TEMPLATES) {
    const id = randomUUID();
    const first = addDays(today, template.startInDays);
    const organizer = organizers.find(
      (candidate) => candidate.seatGminaCode === (template.venue?.gminaCode ?? BIALYSTOK),
    );
    events.push({
      id,
      slug: template.slug,
      kind: template.kind,
      title: template.title,
      summary: template.summary,
      description_markdown: template.description,
      audiences: template.audiences,
      topics: template.topics,
      service_areas: template.serviceAreas,
      starts_at: instant(first, "10:00"),
      ends_at: instant(addDays(first, template.days - 1), template.endTime),
      venue_name: template.venue?.name ?? null,
      street_address: template.venue?.street ?? null,
      postal_code: template.venue?.postalCode ?? null,
      city: template.venue?.city ?? null,
      gmina_code: template.venue?.gminaCode ?? null,
      latitude: template.venue?.at[0] ?? null,
      longitude: template.venue?.at[1] ?? null,
      online_url: template.onlineUrl,
      capacity: template.capacity,
      registration_opens_at:
        template.opensInDays === null ? null : instant(addDays(today, template.opensInDays), "08:00"),
      registration_closes_at: null,
      organizer_organization_id: organizer?.id ?? null,
      organizer_name: organizer ? null : "Obserwatorium (dane demonstracyjne)",
      publication_state: "PUBLISHED",
      is_demo: true,
    });
    const { confirmed, waiting } = template.registrations;
    for (let index = 0; index < confirmed + waiting; index++) {
      person++;
      const gmina = gminy[(person * 7) % gminy.length]!;
      registrations.push({
        id: randomUUID(),
        event_id: id,
        name: `Osoba demonstracyjna ${person}`,
        email: `uczestnik${person}@example.pl`,
        institution: `OPS w gminie ${gmina.name}`,
        role: ROLES[person % ROLES.length]!,
        gmina_code: gmina.code,
        status: index < confirmed ? "CONFIRMED" : "WAITING_LIST",
      });
    }
  }
  return { events, registrations };
}
