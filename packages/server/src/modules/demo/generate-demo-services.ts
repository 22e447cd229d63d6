import {
  slugify,
  type AccessibilityFeature,
  type CostKind,
  type DeliveryMode,
  type LegalForm,
  type ServiceType,
  type TargetGroup,
} from "@obserwatorium/schema";
import { LOCATIVE_OF_GMINA, PODLASKIE_POSTAL_PREFIX_BY_POWIAT, STREETS } from "./demo-catalogue";
import { addDays, randomDateBetween } from "./demo-dates";
import { DEMO_PREFIX, type DemoGmina, type DemoOrganizationRow } from "./generate-demo-registry";
import { createRandom, type Random } from "./random";

/** A powiat (4-digit TERYT code) as read from `territorial_unit`. */
export interface DemoPowiat {
  code: string;
  name: string;
}

/** A published demo organization of the registry that may provide services. */
export interface DemoServiceProvider {
  id: string;
  name: string;
  legalForm: LegalForm;
  seatGminaCode: string;
  city: string;
}

export interface GenerateDemoServicesOptions {
  seed: number;
  /** ISO date verification dates and holiday exceptions are planned around. */
  today: string;
  gminy: readonly DemoGmina[];
  powiaty: readonly DemoPowiat[];
  organizations: readonly DemoServiceProvider[];
  /** Organization slugs already in use; new provider organizations avoid them. */
  takenSlugs?: readonly string[];
  /** Services in total when the organizations allow it; OPS and PCPR services come first. */
  serviceCount?: number;
}

export interface DemoServiceRow {
  id: string;
  slug: string;
  title: string;
  description: string;
  service_type: ServiceType;
  provider_organization_id: string | null;
  target_groups: TargetGroup[];
  cost_kind: CostKind;
  cost_amount: number | null;
  cost_unit: string | null;
  cost_explanation: string;
  eligibility_text: string;
  min_age: number | null;
  max_age: number | null;
  disability_certificate_required: boolean;
  income_criterion: boolean;
  residence_required: boolean;
  how_to_apply: string;
  required_documents: string[];
  delivery_modes: DeliveryMode[];
  languages: string[];
  accessibility_features: AccessibilityFeature[];
  waiting_time_text: string;
  legal_basis: string;
  valid_from: string | null;
  valid_to: string | null;
  last_verified_at: string | null;
  last_verified_source: string | null;
  publication_state: "DRAFT" | "PUBLISHED";
  is_demo: boolean;
}

export interface DemoServiceAreaRow {
  service_id: string;
  territorial_unit_code: string;
}

export interface DemoServiceLocationRow {
  id: string;
  service_id: string;
  name: string;
  street_address: string;
  postal_code: string;
  city: string;
  gmina_code: string;
  latitude: number | null;
  longitude: number | null;
  position: number;
}

export interface DemoOpeningHoursRow {
  id: string;
  location_id: string;
  weekday: number;
  opens: string;
  closes: string;
}

export interface DemoOpeningExceptionRow {
  id: string;
  location_id: string;
  date: string;
  closed: boolean;
  opens: string | null;
  closes: string | null;
  note: string;
}

export interface DemoServices {
  /** Provider organizations created for the catalogue (OPS and PCPR), demo and published. */
  organizations: DemoOrganizationRow[];
  services: DemoServiceRow[];
  serviceAreas: DemoServiceAreaRow[];
  locations: DemoServiceLocationRow[];
  openingHours: DemoOpeningHoursRow[];
  openingExceptions: DemoOpeningExceptionRow[];
}

export const DEFAULT_DEMO_SERVICES_SEED = 20261123;
export const DEFAULT_DEMO_SERVICE_COUNT = 1500;
/** Gmina Łapy (powiat białostocki) always gets a free respite service, for the walkthrough. */
export const LAPY_GMINA_CODE = "2002063";

type Hours = "OFFICE" | "OFFICE_LATE" | "OFFICE_SATURDAY" | "CLUB" | "EVERY_DAY" | "DAY_CENTRE";

interface Template {
  type: ServiceType;
  title: (place: string) => string;
  text: string;
  groups: readonly TargetGroup[];
  delivery: readonly DeliveryMode[];
  cost: readonly CostKind[];
  hours: Hours;
  unit?: string;
  minAge?: number;
  disability?: boolean;
}

const OPS_TEMPLATES: readonly Template[] = [
  {
    type: "SOCIAL_WORK",
    title: (place) => `Praca socjalna ${place}`,
    text: "Pracownik socjalny pomaga rozwiązać trudną sytuację życiową i zaplanować wsparcie.",
    groups: ["FAMILIES_AND_CHILDREN", "PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS", "PEOPLE_WITH_DISABILITIES"],
    delivery: ["ON_SITE", "AT_HOME"],
    cost: ["FREE"],
    hours: "OFFICE",
  },
  {
    type: "CARE_SERVICES",
    title: (place) => `Usługi opiekuńcze w domu ${place}`,
    text: "Pomoc w codziennych czynnościach, higienie i zakupach dla osób, które nie radzą sobie same.",
    groups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS", "PEOPLE_WITH_DISABILITIES"],
    delivery: ["AT_HOME"],
    cost: ["INCOME_DEPENDENT", "INCOME_DEPENDENT", "PAID"],
    hours: "OFFICE",
    unit: "zł/godz.",
  },
  {
    type: "MEALS",
    title: (place) => `Gorący posiłek ${place}`,
    text: "Jeden gorący posiłek dziennie dla osób, które nie mogą go sobie zapewnić.",
    groups: [
      "PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS",
      "FAMILIES_AND_CHILDREN",
      "PEOPLE_EXPERIENCING_HOMELESSNESS",
    ],
    delivery: ["ON_SITE", "AT_HOME"],
    cost: ["FREE", "FREE", "INCOME_DEPENDENT"],
    hours: "OFFICE",
    unit: "zł/posiłek",
  },
  {
    type: "SPECIALIST_COUNSELLING",
    title: (place) => `Poradnictwo socjalne, prawne i rodzinne ${place}`,
    text: "Rozmowa z doradcą o sprawach rodzinnych, mieszkaniowych i urzędowych.",
    groups: ["FAMILIES_AND_CHILDREN", "PEOPLE_AFFECTED_BY_VIOLENCE", "UNEMPLOYED_AND_JOB_SEEKERS"],
    delivery: ["ON_SITE", "REMOTE"],
    cost: ["FREE"],
    hours: "OFFICE_LATE",
  },
];

const OPS_RESPITE: Template = {
  type: "RESPITE_CARE",
  title: (place) => `Usługi wytchnieniowe dla opiekunów ${place}`,
  text: "Opieka wytchnieniowa: zastępujemy opiekuna osoby z niepełnosprawnością, żeby mógł odpocząć.",
  groups: ["CARERS", "PEOPLE_WITH_DISABILITIES"],
  delivery: ["AT_HOME", "ON_SITE"],
  cost: ["FREE"],
  hours: "OFFICE_SATURDAY",
};

const OPS_FAMILY_ASSISTANT: Template = {
  type: "FAMILY_ASSISTANT",
  title: (place) => `Asystent rodziny ${place}`,
  text: "Asystent odwiedza rodzinę w domu i pomaga w opiece nad dziećmi i sprawach domowych.",
  groups: ["FAMILIES_AND_CHILDREN"],
  delivery: ["AT_HOME"],
  cost: ["FREE"],
  hours: "OFFICE_LATE",
};

const PCPR_TEMPLATES: readonly Template[] = [
  {
    type: "CRISIS_INTERVENTION",
    title: (place) => `Interwencja kryzysowa ${place}`,
    text: "Natychmiastowa pomoc psychologiczna i schronienie w sytuacji kryzysu, przemocy lub straty.",
    groups: ["PEOPLE_AFFECTED_BY_VIOLENCE", "FAMILIES_AND_CHILDREN", "PEOPLE_WITH_MENTAL_DISORDERS"],
    delivery: ["ON_SITE", "REMOTE"],
    cost: ["FREE"],
    hours: "EVERY_DAY",
  },
  {
    type: "SPECIALIST_COUNSELLING",
    title: (place) => `Poradnictwo specjalistyczne: psycholog, prawnik, terapeuta ${place}`,
    text: "Porady psychologiczne, prawne i rodzinne dla mieszkańców całego powiatu.",
    groups: ["FAMILIES_AND_CHILDREN", "PEOPLE_WITH_ADDICTIONS", "PEOPLE_AFFECTED_BY_VIOLENCE"],
    delivery: ["ON_SITE", "REMOTE"],
    cost: ["FREE"],
    hours: "OFFICE_LATE",
  },
  {
    type: "RESPITE_CARE",
    title: (place) => `Usługi wytchnieniowe w formie pobytu dziennego ${place}`,
    text: "Opieka wytchnieniowa w ośrodku: osoba z niepełnosprawnością spędza dzień pod opieką specjalistów.",
    groups: ["CARERS", "PEOPLE_WITH_DISABILITIES"],
    delivery: ["ON_SITE"],
    cost: ["FREE", "PAID", "PARTLY_PAID"],
    hours: "DAY_CENTRE",
    unit: "zł/godz.",
    disability: true,
  },
  {
    type: "PERSONAL_ASSISTANCE",
    title: (place) => `Asystencja osobista osób z niepełnosprawnościami ${place}`,
    text: "Asystent pomaga w wyjściu z domu, dojazdach, załatwianiu spraw i aktywności.",
    groups: ["PEOPLE_WITH_DISABILITIES"],
    delivery: ["AT_HOME", "ON_SITE"],
    cost: ["FREE"],
    hours: "OFFICE",
    disability: true,
  },
  {
    type: "TRAINING_HOUSING",
    title: (place) => `Mieszkanie treningowe dla usamodzielnianych wychowanków ${place}`,
    text: "Mieszkanie z opieką, w którym młodzi ludzie po pieczy zastępczej uczą się samodzielności.",
    groups: ["FOSTER_CARE_CHILDREN_AND_LEAVERS"],
    delivery: ["ON_SITE"],
    cost: ["INCOME_DEPENDENT"],
    hours: "OFFICE",
    minAge: 18,
  },
];

const ORGANIZATION_TEMPLATES: readonly Template[] = [
  {
    type: "SENIOR_CLUB",
    title: (place) => `Klub seniora ${place}`,
    text: "Spotkania, zajęcia ruchowe, warsztaty i wspólne wyjścia dla seniorów.",
    groups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
    delivery: ["ON_SITE"],
    cost: ["FREE", "FREE", "PAID"],
    hours: "CLUB",
    unit: "zł/mies.",
    minAge: 60,
  },
  {
    type: "COMMUNITY_SELF_HELP_HOME",
    title: (place) => `Środowiskowy dom samopomocy (ŚDS) ${place}`,
    text: "Zajęcia dzienne i treningi umiejętności dla osób z zaburzeniami psychicznymi.",
    groups: ["PEOPLE_WITH_MENTAL_DISORDERS", "PEOPLE_WITH_DISABILITIES"],
    delivery: ["ON_SITE"],
    cost: ["FREE"],
    hours: "DAY_CENTRE",
    minAge: 18,
  },
  {
    type: "DAY_CARE_HOME",
    title: (place) => `Dzienny dom pomocy (DDP) ${place}`,
    text: "Opieka w ciągu dnia, posiłek i zajęcia dla osób starszych.",
    groups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
    delivery: ["ON_SITE"],
    cost: ["INCOME_DEPENDENT"],
    hours: "DAY_CENTRE",
    minAge: 60,
  },
  {
    type: "DOOR_TO_DOOR_TRANSPORT",
    title: (place) => `Transport door-to-door ${place}`,
    text: "Przewóz z domu do lekarza, urzędu lub na zajęcia dla osób z trudnościami w poruszaniu się.",
    groups: ["PEOPLE_WITH_DISABILITIES", "PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
    delivery: ["AT_HOME"],
    cost: ["FREE", "PARTLY_PAID"],
    hours: "OFFICE_SATURDAY",
    unit: "zł/przejazd",
  },
  {
    type: "TELECARE",
    title: (place) => `Teleopieka: opaska bezpieczeństwa ${place}`,
    text: "Opaska z przyciskiem alarmowym łączy z centrum, które wezwie pomoc o każdej porze.",
    groups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS", "PEOPLE_WITH_DISABILITIES"],
    delivery: ["AT_HOME", "REMOTE"],
    cost: ["FREE", "PAID"],
    hours: "EVERY_DAY",
    unit: "zł/mies.",
    minAge: 65,
  },
  {
    type: "NEIGHBOURHOOD_SERVICES",
    title: (place) => `Usługi sąsiedzkie ${place}`,
    text: "Sąsiad pomaga w zakupach, sprzątaniu i codziennych sprawach.",
    groups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
    delivery: ["AT_HOME"],
    cost: ["FREE", "INCOME_DEPENDENT"],
    hours: "OFFICE",
  },
  {
    type: "SPECIALIST_CARE_SERVICES",
    title: (place) => `Specjalistyczne usługi opiekuńcze ${place}`,
    text: "Terapia i rehabilitacja w domu, prowadzone przez specjalistów.",
    groups: ["PEOPLE_WITH_MENTAL_DISORDERS", "PEOPLE_WITH_DISABILITIES", "FAMILIES_AND_CHILDREN"],
    delivery: ["AT_HOME"],
    cost: ["INCOME_DEPENDENT", "PAID"],
    hours: "OFFICE_LATE",
    unit: "zł/godz.",
  },
  {
    type: "RESPITE_CARE",
    title: (place) => `Opieka wytchnieniowa ${place}`,
    text: "Opiekun wytchnieniowy zastępuje bliskich w opiece, żeby mogli odpocząć.",
    groups: ["CARERS", "PEOPLE_WITH_DISABILITIES"],
    delivery: ["AT_HOME"],
    cost: ["FREE", "PAID"],
    hours: "OFFICE_SATURDAY",
    unit: "zł/godz.",
  },
];

const WEEKDAYS = [1, 2, 3, 4, 5];
const HOURS: Record<Hours, readonly [number, string, string][]> = {
  OFFICE: WEEKDAYS.map((day) => [day, "07:30", "15:30"]),
  OFFICE_LATE: WEEKDAYS.map((day) => [day, "07:30", day === 2 ? "18:00" : "15:30"]),
  OFFICE_SATURDAY: [
    ...WEEKDAYS.map((day): [number, string, string] => [day, "08:00", "16:00"]),
    [6, "09:00", "13:00"],
  ],
  CLUB: [
    [1, "10:00", "14:00"],
    [3, "10:00", "14:00"],
    [4, "16:00", "19:00"],
    [5, "10:00", "13:00"],
  ],
  EVERY_DAY: [1, 2, 3, 4, 5, 6, 7].map((day) => [day, "08:00", "20:00"]),
  DAY_CENTRE: WEEKDAYS.map((day) => [day, "08:00", "16:00"]),
};

const COST_EXPLANATION: Record<CostKind, string> = {
  FREE: "",
  PAID: "Cena ustalona w cenniku usługodawcy.",
  PARTLY_PAID: "Część kosztów pokrywa samorząd, resztę płaci mieszkaniec.",
  INCOME_DEPENDENT:
    "Odpłatność zależy od dochodu: poniżej kryterium dochodowego usługa jest bezpłatna, powyżej — według uchwały rady.",
};

// Approximate bounding box of podlaskie, for demo coordinates; Łapy gets its real position.
const LATITUDE: readonly [number, number] = [52.4, 54.3];
const LONGITUDE: readonly [number, number] = [22.0, 23.8];
const KNOWN_POSITIONS: Readonly<Record<string, readonly [number, number]>> = {
  [LAPY_GMINA_CODE]: [52.9908, 22.8843],
};

interface Place {
  gmina: DemoGmina;
  street: string;
  postalCode: string;
  latitude: number;
  longitude: number;
}

/** A deterministic catalogue of demo services: OPS in every gmina, PCPR in every powiat, NGOs. */
export function generateDemoServices(options: GenerateDemoServicesOptions): DemoServices {
  const random = createRandom(options.seed);
  const { today } = options;
  const target = options.serviceCount ?? DEFAULT_DEMO_SERVICE_COUNT;
  const result: DemoServices = {
    organizations: [],
    services: [],
    serviceAreas: [],
    locations: [],
    openingHours: [],
    openingExceptions: [],
  };
  const organizationSlugs = new Set(options.takenSlugs ?? []);
  const serviceSlugs = new Map<string, number>();
  const gminaByCode = new Map(options.gminy.map((gmina) => [gmina.code, gmina]));
  const places = new Map<string, Place>();
  const placeOf = (gmina: DemoGmina): Place => {
    let place = places.get(gmina.code);
    if (!place) {
      const known = KNOWN_POSITIONS[gmina.code];
      place = {
        gmina,
        street: `ul. ${random.pick(STREETS)} ${random.int(1, 60)}`,
        postalCode: postalCodeOf(random, gmina),
        latitude: known?.[0] ?? round(LATITUDE[0] + random.next() * (LATITUDE[1] - LATITUDE[0])),
        longitude: known?.[1] ?? round(LONGITUDE[0] + random.next() * (LONGITUDE[1] - LONGITUDE[0])),
      };
      places.set(gmina.code, place);
    }
    return place;
  };

  const addOrganization = (name: string, gmina: DemoGmina): string => {
    const place = placeOf(gmina);
    const id = random.uuid();
    let slug = slugify(name).slice(0, 100).replace(/-+$/, "");
    for (let n = 2; organizationSlugs.has(slug); n++) slug = `${slugify(name).slice(0, 95)}-${n}`;
    organizationSlugs.add(slug);
    result.organizations.push({
      id,
      slug,
      name,
      short_name: null,
      legal_form: "PUBLIC_BODY",
      pes_type: "NOT_PES",
      nip: null,
      regon: null,
      krs: null,
      street_address: place.street,
      postal_code: place.postalCode,
      city: gmina.name,
      seat_gmina_code: gmina.code,
      latitude: place.latitude,
      longitude: place.longitude,
      email: null,
      phone: null,
      website: null,
      description: `${DEMO_PREFIX}Jednostka samorządu udzielająca pomocy społecznej mieszkańcom.`,
      founding_body: null,
      employee_count: null,
      employees_at_risk_count: null,
      is_active: true,
      last_verified_at: randomDateBetween(random, addDays(today, -365), today),
      last_verified_source: "telefonicznie",
      publication_state: "PUBLISHED",
      is_demo: true,
    });
    return id;
  };

  const addService = (
    template: Template,
    place: string,
    providerId: string | null,
    providerName: string,
    at: Place,
    areas: readonly string[],
    forceFree = false,
  ): DemoServiceRow => {
    const id = random.uuid();
    const title = template.title(place);
    const base = slugify(title).slice(0, 100).replace(/-+$/, "");
    const seen = serviceSlugs.get(base) ?? 0;
    serviceSlugs.set(base, seen + 1);
    const slug = seen === 0 ? base : `${base}-${seen + 1}`;
    const costKind: CostKind = forceFree ? "FREE" : random.pick(template.cost);
    const priced = costKind === "PAID" || costKind === "PARTLY_PAID";
    const signLanguage = random.chance(0.04);
    const languages = ["pl"];
    if (random.chance(0.1)) languages.push("uk");
    if (random.chance(0.06)) languages.push("en");
    if (signLanguage) languages.push("pjm");
    const accessibility: AccessibilityFeature[] = random
      .sample(
        ["STEP_FREE_ACCESS", "ACCESSIBLE_TOILET", "INDUCTION_LOOP", "EASY_TO_READ"] as const,
        random.int(0, 3),
      )
      .sort();
    if (signLanguage) accessibility.push("SIGN_LANGUAGE");
    const recent = random.chance(0.75);
    const row: DemoServiceRow = {
      id,
      slug,
      title,
      description: `${DEMO_PREFIX}${template.text} Prowadzi: ${providerName}.`,
      service_type: template.type,
      provider_organization_id: providerId,
      target_groups: [...template.groups].slice(0, random.int(1, template.groups.length)),
      cost_kind: costKind,
      cost_amount: priced ? random.int(10, 45) : null,
      cost_unit: priced ? (template.unit ?? "zł/godz.") : null,
      cost_explanation: COST_EXPLANATION[costKind],
      eligibility_text: template.minAge ? `Dla osób w wieku od ${template.minAge} lat.` : "",
      min_age: template.minAge ?? null,
      max_age: null,
      disability_certificate_required: template.disability ?? false,
      income_criterion: costKind === "INCOME_DEPENDENT",
      residence_required: providerId !== null && random.chance(0.6),
      how_to_apply: "Zadzwoń lub przyjdź do siedziby; pomożemy wypełnić wniosek.",
      required_documents: random.chance(0.5) ? ["wniosek", "dowód osobisty"] : [],
      delivery_modes: [...template.delivery],
      languages,
      accessibility_features: accessibility,
      waiting_time_text: random.chance(0.3) ? `około ${random.int(1, 6)} tygodni` : "",
      legal_basis: template.type === "SENIOR_CLUB" ? "" : "ustawa z 12 marca 2004 r. o pomocy społecznej",
      valid_from: null,
      valid_to: null,
      last_verified_at: recent
        ? randomDateBetween(random, addDays(today, -360), today)
        : randomDateBetween(random, addDays(today, -730), addDays(today, -370)),
      last_verified_source: random.pick(["telefonicznie", "strona internetowa", "ankieta"]),
      publication_state: "PUBLISHED",
      is_demo: true,
    };
    result.services.push(row);
    for (const code of areas) result.serviceAreas.push({ service_id: id, territorial_unit_code: code });
    const locationId = random.uuid();
    result.locations.push({
      id: locationId,
      service_id: id,
      name: providerName,
      street_address: at.street,
      postal_code: at.postalCode,
      city: at.gmina.name,
      gmina_code: at.gmina.code,
      latitude: at.latitude,
      longitude: at.longitude,
      position: 0,
    });
    for (const [weekday, opens, closes] of HOURS[template.hours]) {
      result.openingHours.push({ id: random.uuid(), location_id: locationId, weekday, opens, closes });
    }
    if (random.chance(0.12)) {
      const year = Number(today.slice(0, 4));
      for (const [date, note] of [
        [`${year}-12-24`, "Wigilia — nieczynne"],
        [`${year}-12-31`, "Sylwester — krócej"],
        [`${year + 1}-01-06`, "Trzech Króli — nieczynne"],
      ] as const) {
        const shorter = date.endsWith("12-31");
        result.openingExceptions.push({
          id: random.uuid(),
          location_id: locationId,
          date,
          closed: !shorter,
          opens: shorter ? "08:00" : null,
          closes: shorter ? "12:00" : null,
          note,
        });
      }
    }
    return row;
  };

  // An OPS in every gmina.
  for (const gmina of options.gminy) {
    const urban = gmina.code.endsWith("1");
    const locative = LOCATIVE_OF_GMINA[gmina.name];
    const name = locative
      ? `${urban ? "Miejski" : "Gminny"} Ośrodek Pomocy Społecznej w ${locative}`
      : `${urban ? "Miejski" : "Gminny"} Ośrodek Pomocy Społecznej ${urban ? "miasta" : "gminy"} ${gmina.name}`;
    const providerId = addOrganization(name, gmina);
    const place = `${urban ? "w mieście" : "w gminie"} ${gmina.name}`;
    const at = placeOf(gmina);
    const templates = [...OPS_TEMPLATES];
    if (gmina.code === LAPY_GMINA_CODE || random.chance(0.45)) templates.push(OPS_RESPITE);
    if (random.chance(0.6)) templates.push(OPS_FAMILY_ASSISTANT);
    for (const template of templates) {
      addService(template, place, providerId, name, at, [gmina.code], gmina.code === LAPY_GMINA_CODE);
    }
  }

  // A PCPR in every powiat, serving the whole powiat.
  for (const powiat of options.powiaty) {
    const inPowiat = options.gminy.filter((gmina) => gmina.powiatCode === powiat.code);
    const seat = inPowiat.find((gmina) => !gmina.code.endsWith("2")) ?? inPowiat[0];
    if (!seat) continue;
    const landPowiat = /ki$/.test(powiat.name);
    const name = landPowiat
      ? `Powiatowe Centrum Pomocy Rodzinie w powiecie ${powiat.name}m`
      : `Miejski Ośrodek Pomocy Rodzinie w ${LOCATIVE_OF_GMINA[powiat.name] ?? powiat.name}`;
    const providerId = addOrganization(name, seat);
    const place = landPowiat ? `— powiat ${powiat.name}` : `— miasto ${powiat.name}`;
    for (const template of PCPR_TEMPLATES) {
      addService(template, place, providerId, name, placeOf(seat), [powiat.code]);
    }
  }

  // Services of the registry's published demo organizations, until the target count.
  const providers = random.shuffle(
    options.organizations.filter((organization) => gminaByCode.has(organization.seatGminaCode)),
  );
  const offered = new Map<string, Set<ServiceType>>();
  for (let round = 0; round < 4 && result.services.length < target; round++) {
    for (const provider of providers) {
      if (result.services.length >= target) break;
      const types = offered.get(provider.id) ?? new Set<ServiceType>();
      const choices = ORGANIZATION_TEMPLATES.filter((template) => !types.has(template.type));
      if (choices.length === 0) continue;
      const template = random.pick(choices);
      types.add(template.type);
      offered.set(provider.id, types);
      const gmina = gminaByCode.get(provider.seatGminaCode)!;
      const areas = random.chance(0.3) ? [gmina.powiatCode] : [gmina.code];
      addService(template, `— ${provider.city}`, provider.id, provider.name, placeOf(gmina), areas);
    }
  }

  // A few drafts, never the Łapy respite services.
  const draftable = result.services.filter(
    (service) => !(service.service_type === "RESPITE_CARE" && service.title.includes("Łapy")),
  );
  for (const service of random.sample(draftable, Math.max(1, Math.round(result.services.length / 100)))) {
    service.publication_state = "DRAFT";
  }
  return result;
}

function postalCodeOf(random: Random, gmina: DemoGmina): string {
  const prefix = PODLASKIE_POSTAL_PREFIX_BY_POWIAT[gmina.powiatCode] ?? "15-";
  const missing = 6 - prefix.length;
  const tail = missing === 3 ? random.int(1, 999) : random.int(0, 10 ** missing - 1);
  return `${prefix}${String(tail).padStart(missing, "0")}`;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
