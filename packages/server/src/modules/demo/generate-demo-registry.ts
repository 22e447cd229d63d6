import {
  LEGAL_FORM_LABELS_PL,
  normalizePhone,
  PES_TYPE_LABELS_PL,
  slugify,
  type CertificateType,
  type LegalForm,
  type PesType,
} from "@obserwatorium/schema";
import { endOfTerm } from "../common/clock";
import {
  AREA_CODES_BY_VOIVODESHIP,
  EMAIL_LOCAL_PARTS,
  KGW_WORDS,
  LOCATIVE_OF_GMINA,
  NAME_WORDS,
  OFFERING_CATALOGUE,
  PLACEHOLDER_CITY,
  PLACEHOLDER_POSTAL_CODE,
  PLACEHOLDER_SEAT_GMINA,
  PLACEHOLDER_STREET,
  PODLASKIE_POSTAL_PREFIX_BY_POWIAT,
  POSTAL_RANGE_BY_VOIVODESHIP,
  REAL_HOLDERS,
  STREETS,
  VERIFICATION_SOURCES,
  type CatalogueOffering,
  type RealHolder,
  type Sector,
} from "./demo-catalogue";
import { addDays, addYears, isIsoDate, laterOf, randomDateBetween } from "./demo-dates";
import { createRandom, type Random } from "./random";

/** A gmina (7-digit TERYT code) with its powiat (4 digits), as read from `territorial_unit`. */
export interface DemoGmina {
  code: string;
  name: string;
  powiatCode: string;
}

export interface GenerateDemoRegistryOptions {
  seed: number;
  organizationCount: number;
  gminy: readonly DemoGmina[];
  /** ISO date the validity of certificates and PS decisions is planned around. */
  today: string;
}

// Rows use the column names of the tables, so that they can be inserted as they are.

export interface DemoOrganizationRow {
  id: string;
  slug: string;
  name: string;
  short_name: string | null;
  legal_form: LegalForm;
  pes_type: PesType;
  nip: string | null;
  regon: string | null;
  krs: string | null;
  street_address: string;
  postal_code: string;
  city: string;
  seat_gmina_code: string;
  latitude: number | null;
  longitude: number | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  description: string;
  founding_body: string | null;
  employee_count: number | null;
  employees_at_risk_count: number | null;
  is_active: boolean;
  last_verified_at: string | null;
  last_verified_source: string | null;
  publication_state: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  is_demo: boolean;
}

export interface DemoOrganizationAreaRow {
  organization_id: string;
  territorial_unit_code: string;
}

export interface DemoOfferingRow {
  id: string;
  organization_id: string;
  kind: "PRODUCT" | "SERVICE";
  name: string;
  description: string;
  cpv_codes: string[];
  position: number;
}

export interface DemoSocialEnterpriseDecisionRow {
  id: string;
  organization_id: string;
  decision: "GRANTED" | "WITHDRAWN";
  decision_date: string;
  decision_number: string | null;
  voivodeship_code: string;
  effective_from: string;
}

export interface DemoCertificateRow {
  id: string;
  organization_id: string;
  type: CertificateType;
  number: string;
  granting_body: string;
  decision_date: string;
  valid_from: string;
  valid_to: string;
  revoked: boolean;
  revoked_reason: string | null;
  revoked_at: string | null;
  renewal_of_id: string | null;
  is_demo: boolean;
}

export interface DemoCertifiedOfferingRow {
  id: string;
  certificate_id: string;
  name: string;
  description: string;
  cpv_codes: string[];
  position: number;
}

export interface DemoRegistry {
  organizations: DemoOrganizationRow[];
  organizationAreas: DemoOrganizationAreaRow[];
  offerings: DemoOfferingRow[];
  socialEnterpriseDecisions: DemoSocialEnterpriseDecisionRow[];
  certificates: DemoCertificateRow[];
  certifiedOfferings: DemoCertifiedOfferingRow[];
}

export const DEMO_PREFIX = "[DEMO] ";
export const ZAKUP_PROSPOLECZNY_GRANTOR = "Regionalny Ośrodek Polityki Społecznej w Białymstoku";
export const ZNAK_JAKOSCI_GRANTOR = "Ministerstwo Rodziny, Pracy i Polityki Społecznej";
export const CERTIFICATE_TERM_MONTHS: Record<CertificateType, number> = {
  ZAKUP_PROSPOLECZNY: 12,
  ZNAK_JAKOSCI_ES: 24,
};
const PODLASKIE = "20";
/** The act on the social economy (5 August 2022) came into force on 4 November 2022. */
const PS_STATUS_SINCE = "2022-11-04";
/** Below this many organizations the real holders are left out (they would dominate the sample). */
const MIN_COUNT_WITH_REAL_HOLDERS = 50;

type ProfileId =
  | "SOCIAL_COOPERATIVE"
  | "WORKERS_COOPERATIVE"
  | "DISABLED_COOPERATIVE"
  | "BLIND_COOPERATIVE"
  | "FOUNDATION"
  | "ASSOCIATION"
  | "OTHER_NGO"
  | "CHURCH"
  | "NON_PROFIT"
  | "KGW"
  | "PUBLIC_BODY"
  | "CIS"
  | "KIS"
  | "ZAZ"
  | "WTZ";

/** How 293 generated organizations (300 with the 7 real ones) split into kinds; scaled for other counts. */
const PROFILE_SHARES: readonly [ProfileId, number][] = [
  ["ASSOCIATION", 106],
  ["FOUNDATION", 75],
  ["SOCIAL_COOPERATIVE", 37],
  ["KGW", 10],
  ["WTZ", 8],
  ["OTHER_NGO", 8],
  ["CHURCH", 8],
  ["NON_PROFIT", 8],
  ["PUBLIC_BODY", 8],
  ["CIS", 5],
  ["KIS", 5],
  ["WORKERS_COOPERATIVE", 5],
  ["ZAZ", 4],
  ["DISABLED_COOPERATIVE", 4],
  ["BLIND_COOPERATIVE", 2],
];

const SECTORS_OF: Record<ProfileId, readonly Sector[]> = {
  SOCIAL_COOPERATIVE: [
    "food",
    "cleaning",
    "green",
    "craft",
    "laundry",
    "care",
    "construction",
    "events",
    "sewing",
    "wood",
    "print",
    "it",
    "transport",
  ],
  WORKERS_COOPERATIVE: ["construction", "wood", "print", "sewing", "cleaning"],
  DISABLED_COOPERATIVE: ["sewing", "cleaning", "print", "craft", "laundry"],
  BLIND_COOPERATIVE: ["cleaning", "sewing", "print"],
  FOUNDATION: ["care", "training", "culture", "events", "it", "print", "sport", "craft"],
  ASSOCIATION: ["care", "training", "culture", "events", "sport", "craft", "transport", "food"],
  OTHER_NGO: ["training", "events", "culture", "care"],
  CHURCH: ["care", "food", "training"],
  NON_PROFIT: ["care", "cleaning", "green", "transport", "training"],
  KGW: ["food", "craft", "events"],
  PUBLIC_BODY: ["care", "transport"],
  CIS: ["cleaning", "green", "food", "construction", "wood", "sewing", "craft"],
  KIS: ["training", "care", "cleaning"],
  ZAZ: ["food", "laundry", "cleaning", "print", "green", "craft"],
  WTZ: ["craft", "food", "culture"],
};

const PS_ELIGIBLE_FORMS: readonly LegalForm[] = [
  "SOCIAL_COOPERATIVE",
  "WORKERS_COOPERATIVE",
  "DISABLED_PERSONS_COOPERATIVE",
  "BLIND_PERSONS_COOPERATIVE",
  "FOUNDATION",
  "ASSOCIATION",
  "OTHER_NGO",
  "CHURCH_LEGAL_PERSON",
  "NON_PROFIT_COMPANY",
];

const REVOCATION_REASON =
  "Cofnięcie prawa do używania znaku: podmiot zaprzestał świadczenia certyfikowanej usługi.";

interface OrganizationDraft {
  row: DemoOrganizationRow;
  profile: ProfileId | "REAL";
  real: RealHolder | null;
  voivodeship: string;
  offerings: DemoOfferingRow[];
}

/**
 * Generates a complete, deterministic demo registry: the same options give the same rows on every
 * machine. Pure: it reads nothing and writes nothing; the caller passes the gminy from the database.
 */
export function generateDemoRegistry(options: GenerateDemoRegistryOptions): DemoRegistry {
  const { seed, organizationCount, gminy, today } = options;
  if (!Number.isInteger(organizationCount) || organizationCount < 1) {
    throw new RangeError(`organizationCount must be a positive integer (got ${organizationCount})`);
  }
  if (!isIsoDate(today)) throw new RangeError(`today must be an ISO date YYYY-MM-DD (got "${today}")`);
  if (gminy.length === 0) throw new RangeError("At least one gmina is needed to place organizations");

  const random = createRandom(seed);
  const ids = new UniqueIds(random);
  const gminaByCode = new Map(gminy.map((gmina) => [gmina.code, gmina]));
  const realHolders =
    organizationCount >= MIN_COUNT_WITH_REAL_HOLDERS &&
    [PLACEHOLDER_SEAT_GMINA, ...REAL_HOLDERS.flatMap((holder) => holder.town?.gminaCode ?? [])].every(
      (code) => gminaByCode.has(code),
    )
      ? REAL_HOLDERS
      : [];
  const generatedCount = organizationCount - realHolders.length;

  const drafts: OrganizationDraft[] = realHolders.map((holder) =>
    realHolderDraft(holder, ids, gminaByCode.get(holder.town?.gminaCode ?? PLACEHOLDER_SEAT_GMINA)!),
  );

  const seats = allocateSeats(random, gminy, generatedCount);
  const profiles = random.shuffle(allocateProfiles(generatedCount));
  const words = new WordQueue(random, NAME_WORDS);
  const kgwWords = new WordQueue(random, KGW_WORDS);
  seats.forEach((gmina, index) => {
    drafts.push(generatedDraft(random, ids, profiles[index]!, gmina, words, kgwWords, today));
  });

  assignPublicationAndActivity(random, drafts, organizationCount);
  assignIdentifiersAndContacts(random, drafts);
  assignSlugs(drafts);

  const organizationAreas = drafts.flatMap((draft) => areasOf(random, draft, gminaByCode));
  const socialEnterpriseDecisions = generateDecisions(random, ids, drafts, organizationCount, today);
  const { certificates, certifiedOfferings } = generateCertificates(random, ids, drafts, today);

  return {
    organizations: drafts.map((draft) => draft.row),
    organizationAreas,
    offerings: drafts.flatMap((draft) => draft.offerings),
    socialEnterpriseDecisions,
    certificates,
    certifiedOfferings,
  };
}

// ─── Organizations ───────────────────────────────────────────────────────────────────────────────

function realHolderDraft(holder: RealHolder, ids: UniqueIds, seat: DemoGmina): OrganizationDraft {
  const id = ids.next();
  const complete = holder.town !== null && holder.incomplete === null;
  const offeringKinds = holder.offerings.map((offering) => offering.name.toLowerCase()).join(", ");
  const known = holder.town
    ? `nazwa, miejscowość (${holder.town.city})${offeringKinds ? ` i rodzaj certyfikowanej oferty (${offeringKinds})` : ""}`
    : `nazwa${offeringKinds ? ` i rodzaj certyfikowanej oferty (${offeringKinds})` : ""}`;
  const description = [
    `${DEMO_PREFIX}Podmiot rzeczywisty, posiadacz znaku „Zakup Prospołeczny” według informacji publicznych.`,
    `Z tych informacji pochodzą tylko: ${known}.`,
    holder.town
      ? "Adres i dane kontaktowe są wartościami zastępczymi do uzupełnienia."
      : "Siedziba, adres i dane kontaktowe nie są znane: wpisane wartości są zastępcze.",
    holder.offerings.length > 0
      ? "Numer, daty i okres ważności certyfikatu w danych demonstracyjnych są przykładowe."
      : "Certyfikowane produkty i usługi są do uzupełnienia.",
    holder.incomplete ? `Uwaga: ${holder.incomplete}.` : "",
    complete ? "" : "Wpis pozostaje szkicem do czasu uzupełnienia brakujących danych.",
  ]
    .filter(Boolean)
    .join(" ");
  return {
    profile: "REAL",
    real: holder,
    voivodeship: PODLASKIE,
    row: {
      id,
      slug: "",
      name: holder.name,
      short_name: holder.shortName,
      legal_form: holder.legalForm,
      pes_type: holder.pesType,
      nip: null,
      regon: null,
      krs: null,
      street_address: PLACEHOLDER_STREET,
      postal_code: PLACEHOLDER_POSTAL_CODE,
      city: holder.town?.city ?? PLACEHOLDER_CITY,
      seat_gmina_code: seat.code,
      latitude: null,
      longitude: null,
      email: null,
      phone: null,
      website: null,
      description,
      founding_body: holder.foundingBody,
      employee_count: null,
      employees_at_risk_count: null,
      is_active: true,
      last_verified_at: null,
      last_verified_source: null,
      publication_state: complete ? "PUBLISHED" : "DRAFT",
      is_demo: true,
    },
    offerings: holder.offerings.map((offering, position) => ({
      id: ids.next(),
      organization_id: id,
      kind: offering.kind,
      name: offering.name,
      description: "",
      cpv_codes: [...offering.cpvCodes],
      position,
    })),
  };
}

function generatedDraft(
  random: Random,
  ids: UniqueIds,
  profile: ProfileId,
  gmina: DemoGmina,
  words: WordQueue,
  kgwWords: WordQueue,
  today: string,
): OrganizationDraft {
  const id = ids.next();
  const identity = identityOf(random, profile, gmina, words, kgwWords);
  const catalogue = OFFERING_CATALOGUE.filter((item) => SECTORS_OF[profile].includes(item.sector));
  const offeringCount = random.weighted([1, 2, 3, 4], (count) => [25, 35, 25, 15][count - 1]!);
  const chosen: CatalogueOffering[] = random.sample(catalogue, offeringCount);
  const offerings = chosen.map((item, position) => ({
    id: ids.next(),
    organization_id: id,
    kind: item.kind,
    name: item.name,
    description: item.description,
    cpv_codes: [...item.cpvCodes],
    position,
  }));
  const [employeeCount, atRiskCount] = employeesOf(random, profile);
  const isPublicBody = profile === "PUBLIC_BODY";
  const label = capitalize(
    ["CIS", "KIS", "ZAZ", "WTZ", "ZPCHR"].includes(identity.pesType)
      ? PES_TYPE_LABELS_PL[identity.pesType]
      : LEGAL_FORM_LABELS_PL[identity.legalForm],
  );
  const offer = offerings.map((offering) => lowerFirst(offering.name)).join(", ");
  const description = isPublicBody
    ? `${DEMO_PREFIX}Przykładowy wpis ośrodka pomocy społecznej gminy ${gmina.name}. Nazwa odpowiada ` +
      "typowej jednostce gminnej; adres i dane kontaktowe są wartościami zastępczymi do uzupełnienia, " +
      `a oferta (${offer}) jest przykładowa.`
    : `${DEMO_PREFIX}${label} z siedzibą w gminie ${gmina.name}` +
      (identity.foundingBody ? `, utworzony przez: ${identity.foundingBody}` : "") +
      `. Oferta: ${offer}. Dane fikcyjne, wygenerowane do celów demonstracyjnych.`;
  const verified = !isPublicBody;
  return {
    profile,
    real: null,
    voivodeship: gmina.code.slice(0, 2),
    offerings,
    row: {
      id,
      slug: "",
      name: identity.name,
      short_name: identity.shortName,
      legal_form: identity.legalForm,
      pes_type: identity.pesType,
      nip: null,
      regon: null,
      krs: null,
      street_address: isPublicBody ? PLACEHOLDER_STREET : streetAddressIn(random, gmina),
      postal_code: isPublicBody ? PLACEHOLDER_POSTAL_CODE : postalCodeIn(random, gmina),
      city: gmina.name,
      seat_gmina_code: gmina.code,
      latitude: null,
      longitude: null,
      email: null,
      phone: null,
      website: null,
      description,
      founding_body: identity.foundingBody,
      employee_count: employeeCount,
      employees_at_risk_count: atRiskCount,
      is_active: true,
      last_verified_at: verified ? randomDateBetween(random, addDays(today, -3 * 365), today) : null,
      last_verified_source: null, // chosen with the identifiers: "KRS" only for entities in the KRS
      publication_state: "PUBLISHED",
      is_demo: true,
    },
  };
}

interface Identity {
  name: string;
  shortName: string | null;
  legalForm: LegalForm;
  pesType: PesType;
  foundingBody: string | null;
}

function identityOf(
  random: Random,
  profile: ProfileId,
  gmina: DemoGmina,
  words: WordQueue,
  kgwWords: WordQueue,
): Identity {
  const quoted = () => `„${words.next()}”`;
  const plain = (name: string, legalForm: LegalForm, pesType: PesType = "PES"): Identity => ({
    name,
    shortName: null,
    legalForm,
    pesType,
    foundingBody: null,
  });
  switch (profile) {
    case "SOCIAL_COOPERATIVE": {
      const word = quoted();
      return { ...plain(`Spółdzielnia Socjalna ${word}`, "SOCIAL_COOPERATIVE"), shortName: `SS ${word}` };
    }
    case "WORKERS_COOPERATIVE":
      return plain(`Spółdzielnia Pracy ${quoted()}`, "WORKERS_COOPERATIVE");
    case "DISABLED_COOPERATIVE":
      return plain(
        `Spółdzielnia Inwalidów ${quoted()}`,
        "DISABLED_PERSONS_COOPERATIVE",
        random.chance(0.5) ? "ZPCHR" : "PES",
      );
    case "BLIND_COOPERATIVE":
      return plain(`Spółdzielnia Niewidomych ${quoted()}`, "BLIND_PERSONS_COOPERATIVE", "ZPCHR");
    case "FOUNDATION":
      return plain(
        random.pick([
          () => `Fundacja Rozwoju Gminy ${gmina.name}`,
          () => `Fundacja ${quoted()}`,
          () => `Fundacja ${quoted()}`,
          () => `Fundacja Pomocy Dzieciom i Rodzinie ${quoted()}`,
          () => `Fundacja na Rzecz Osób z Niepełnosprawnościami ${quoted()}`,
          () => `Fundacja Wspierania Seniorów ${quoted()}`,
          () => `Fundacja Edukacji i Kultury ${quoted()}`,
          () => `Fundacja Ekologiczna ${quoted()}`,
          () => `Fundacja Aktywizacji Zawodowej ${quoted()}`,
        ])(),
        "FOUNDATION",
      );
    case "ASSOCIATION":
      return plain(
        random.pick([
          () => `Stowarzyszenie Przyjaciół Gminy ${gmina.name}`,
          () => `Stowarzyszenie na Rzecz Rozwoju Gminy ${gmina.name}`,
          () => `Stowarzyszenie ${quoted()}`,
          () => `Stowarzyszenie ${quoted()}`,
          () => `Stowarzyszenie Rodzin i Opiekunów Osób z Niepełnosprawnościami ${quoted()}`,
          () => `Stowarzyszenie Seniorów ${quoted()}`,
          () => `Stowarzyszenie Kobiet Aktywnych ${quoted()}`,
          () => `Stowarzyszenie Inicjatyw Lokalnych ${quoted()}`,
          () => `Uczniowski Klub Sportowy ${quoted()}`,
          () => `Stowarzyszenie Pomocy Osobom w Kryzysie Bezdomności ${quoted()}`,
        ])(),
        "ASSOCIATION",
      );
    case "OTHER_NGO":
      return plain(
        `${random.pick([
          "Związek Stowarzyszeń",
          "Federacja Organizacji Pozarządowych",
          "Porozumienie Organizacji Senioralnych",
        ])} ${quoted()}`,
        "OTHER_NGO",
      );
    case "CHURCH":
      return plain(
        `${random.pick(["Parafialny Zespół Caritas", "Ośrodek Miłosierdzia", "Stacja Opieki"])} ${quoted()}`,
        "CHURCH_LEGAL_PERSON",
      );
    case "NON_PROFIT":
      return plain(
        `${random.pick([
          "Agencja Rozwoju Lokalnego",
          "Centrum Usług Środowiskowych",
          "Przedsiębiorstwo Społeczne",
        ])} ${quoted()} sp. z o.o. non-profit`,
        "NON_PROFIT_COMPANY",
      );
    case "KGW":
      return plain(`Koło Gospodyń Wiejskich „${kgwWords.next()}”`, "RURAL_HOUSEWIVES_CIRCLE");
    case "PUBLIC_BODY": {
      const urban = gmina.code.endsWith("1");
      const locative = LOCATIVE_OF_GMINA[gmina.name];
      const name = locative
        ? `${urban ? "Miejski" : "Gminny"} Ośrodek Pomocy Społecznej w ${locative}`
        : `Ośrodek Pomocy Społecznej ${urban ? "Miasta" : "Gminy"} ${gmina.name}`;
      return plain(name, "PUBLIC_BODY", "NOT_PES");
    }
    case "CIS":
    case "KIS":
    case "ZAZ":
    case "WTZ": {
      const unitName = {
        CIS: "Centrum Integracji Społecznej",
        KIS: "Klub Integracji Społecznej",
        ZAZ: "Zakład Aktywności Zawodowej",
        WTZ: "Warsztat Terapii Zajęciowej",
      }[profile];
      const founder = random.weighted(
        ["GMINA", "ASSOCIATION", "FOUNDATION", "CHURCH"] as const,
        (kind) =>
          ({
            CIS: { GMINA: 6, ASSOCIATION: 4, FOUNDATION: 0, CHURCH: 0 },
            KIS: { GMINA: 6, ASSOCIATION: 4, FOUNDATION: 0, CHURCH: 0 },
            ZAZ: { GMINA: 2, ASSOCIATION: 5, FOUNDATION: 3, CHURCH: 0 },
            WTZ: { GMINA: 1, ASSOCIATION: 6, FOUNDATION: 2, CHURCH: 1 },
          })[profile][kind],
      );
      const foundingBody = {
        GMINA: () => `${gmina.code.endsWith("1") ? "Miasto" : "Gmina"} ${gmina.name}`,
        ASSOCIATION: () =>
          `Stowarzyszenie ${random.pick([
            "na Rzecz Osób Niepełnosprawnych",
            "Pomocy Wzajemnej",
            "Przyjaciół Integracji",
            "Rozwoju Lokalnego",
          ])} ${quoted()}`,
        FOUNDATION: () => `Fundacja ${quoted()}`,
        CHURCH: () => `Parafialny Zespół Caritas ${quoted()}`,
      }[founder]();
      const legalForm = (
        {
          GMINA: "PUBLIC_BODY",
          ASSOCIATION: "ASSOCIATION",
          FOUNDATION: "FOUNDATION",
          CHURCH: "CHURCH_LEGAL_PERSON",
        } as const
      )[founder];
      const word = quoted();
      return {
        name: `${unitName} ${word}`,
        shortName: `${profile} ${word}`,
        legalForm,
        pesType: profile,
        foundingBody,
      };
    }
  }
}

function employeesOf(random: Random, profile: ProfileId): [number | null, number | null] {
  const withShare = (min: number, max: number, shareMin: number, shareMax: number): [number, number] => {
    const employees = random.int(min, max);
    const low = Math.ceil(employees * shareMin);
    const high = Math.max(low, Math.floor(employees * shareMax));
    return [employees, random.int(low, high)];
  };
  switch (profile) {
    case "SOCIAL_COOPERATIVE":
      return withShare(3, 18, 0.5, 1);
    case "WORKERS_COOPERATIVE":
      return withShare(5, 40, 0, 0.3);
    case "DISABLED_COOPERATIVE":
    case "BLIND_COOPERATIVE":
      return withShare(15, 90, 0.5, 1);
    case "NON_PROFIT":
      return withShare(3, 30, 0, 1);
    case "ZAZ":
      return withShare(20, 70, 0.7, 1);
    case "CIS":
    case "WTZ":
      return withShare(4, 12, 0, 0.2);
    case "KIS":
      return [random.int(1, 4), 0];
    case "PUBLIC_BODY":
      return [random.int(8, 60), null];
    case "KGW":
      return random.chance(0.6) ? [null, null] : [0, 0];
    default:
      if (random.chance(0.15)) return [null, null];
      return random.chance(0.4) ? withShare(0, 2, 0, 0.5) : withShare(3, 25, 0, 0.5);
  }
}

function streetAddressIn(random: Random, gmina: DemoGmina): string {
  const rural = gmina.code.endsWith("2");
  const number = `${random.int(1, 120)}${random.chance(0.1) ? random.pick(["A", "B"]) : ""}`;
  const flat = random.chance(0.15) ? `/${random.int(1, 40)}` : "";
  if (rural && random.chance(0.4)) return `${gmina.name} ${number}`;
  return `ul. ${random.pick(STREETS)} ${number}${flat}`;
}

function postalCodeIn(random: Random, gmina: DemoGmina): string {
  const prefix = PODLASKIE_POSTAL_PREFIX_BY_POWIAT[gmina.powiatCode];
  if (prefix) {
    const missing = 6 - prefix.length;
    const tail = missing === 3 ? random.int(1, 999) : random.int(0, 10 ** missing - 1);
    return `${prefix}${String(tail).padStart(missing, "0")}`;
  }
  const [low, high] = POSTAL_RANGE_BY_VOIVODESHIP[gmina.code.slice(0, 2)] ?? [15, 19];
  return `${String(random.int(low, high)).padStart(2, "0")}-${String(random.int(1, 999)).padStart(3, "0")}`;
}

/** Published, active and verified for most; a few drafts and archived (inactive) records. */
function assignPublicationAndActivity(random: Random, drafts: OrganizationDraft[], total: number) {
  const generated = random.shuffle(drafts.filter((draft) => draft.real === null));
  const archived = Math.max(1, Math.round(generated.length / 60));
  const drafted = Math.max(1, Math.round(generated.length / 60));
  generated.slice(0, archived).forEach((draft) => {
    draft.row.publication_state = "ARCHIVED";
    draft.row.is_active = false;
  });
  generated.slice(archived, archived + drafted).forEach((draft) => (draft.row.publication_state = "DRAFT"));
  const inactiveTarget = Math.round(total * 0.15);
  generated
    .slice(archived + drafted)
    .filter((draft) => draft.profile !== "PUBLIC_BODY")
    .slice(0, Math.max(0, inactiveTarget - archived))
    .forEach((draft) => (draft.row.is_active = false));
}

function assignIdentifiersAndContacts(random: Random, drafts: OrganizationDraft[]) {
  const nips = new Set<string>();
  const regons = new Set<string>();
  const krsNumbers = new Set<string>();
  const domains = new UniqueNames();
  for (const draft of drafts) {
    if (draft.real || draft.profile === "PUBLIC_BODY") continue;
    const { row, profile } = draft;
    const isUnit = ["CIS", "KIS", "ZAZ", "WTZ"].includes(profile);
    const inKrs = !isUnit && !["CHURCH", "KGW"].includes(profile) && random.chance(0.92);
    const hasNip = isUnit ? row.legal_form === "PUBLIC_BODY" && random.chance(0.8) : random.chance(0.93);
    if (hasNip) row.nip = unique(nips, () => generateNip(random));
    if (isUnit) {
      if (random.chance(0.7)) row.regon = unique(regons, () => generateRegon14(random));
    } else if (random.chance(profile === "KGW" ? 0.6 : 0.95)) {
      row.regon = unique(regons, () => generateRegon9(random));
    }
    if (inKrs) row.krs = unique(krsNumbers, () => String(random.int(100_000, 1_099_999)).padStart(10, "0"));
    if (row.last_verified_at) {
      row.last_verified_source = random.weighted(VERIFICATION_SOURCES, (source) =>
        source === "KRS" ? (row.krs ? 25 : 0) : source === "telefonicznie" ? 40 : 35,
      );
    }

    // Contacts live under example.org (reserved for documentation) so no real mailbox or site is hit;
    // phone numbers have a 0 after the area code, which no Polish subscriber number has.
    const domain = `${domains.claim(domainStem(row.name))}.example.org`;
    if (random.chance(0.85)) row.email = `${random.pick(EMAIL_LOCAL_PARTS)}@${domain}`;
    if (random.chance(profile === "KGW" ? 0.2 : 0.55)) row.website = `https://${domain}`;
    if (random.chance(0.75)) {
      const areaCode = random.pick(AREA_CODES_BY_VOIVODESHIP[draft.voivodeship] ?? ["85"]);
      row.phone = normalizePhone(`${areaCode}0${random.digits(6)}`);
    }
  }
}

function assignSlugs(drafts: OrganizationDraft[]) {
  const slugs = new UniqueNames();
  for (const { row } of drafts) {
    const base = trimSlug(slugify(row.name), 100);
    row.slug = slugs.has(base)
      ? slugs.claim(trimSlug(`${base}-${slugify(row.city)}`, 115))
      : slugs.claim(base);
  }
}

function areasOf(
  random: Random,
  draft: OrganizationDraft,
  gminaByCode: ReadonlyMap<string, DemoGmina>,
): DemoOrganizationAreaRow[] {
  const { row } = draft;
  // Real records: only a stated town is an area; a placeholder seat serves nothing.
  if (draft.real && !draft.real.town) return [];
  const codes = [row.seat_gmina_code];
  if (!draft.real && draft.profile !== "PUBLIC_BODY") {
    const powiat = gminaByCode.get(row.seat_gmina_code)?.powiatCode;
    const cityCounty = powiat !== undefined && Number(powiat.slice(2)) >= 61;
    const roll = random.next();
    if (roll < 0.08) codes.push(row.seat_gmina_code.slice(0, 2));
    else if (roll < 0.43 && powiat && !cityCounty) codes.push(powiat);
  }
  return codes.map((code) => ({ organization_id: row.id, territorial_unit_code: code }));
}

// ─── PS status decisions ─────────────────────────────────────────────────────────────────────────

function generateDecisions(
  random: Random,
  ids: UniqueIds,
  drafts: OrganizationDraft[],
  total: number,
  today: string,
): DemoSocialEnterpriseDecisionRow[] {
  const eligible = drafts.filter(
    (draft) =>
      draft.real === null &&
      PS_ELIGIBLE_FORMS.includes(draft.row.legal_form) &&
      (draft.row.pes_type === "PES" || draft.row.pes_type === "ZPCHR"),
  );
  const cooperatives = eligible.filter((draft) => draft.profile === "SOCIAL_COOPERATIVE");
  const others = eligible.filter((draft) => draft.profile !== "SOCIAL_COOPERATIVE");
  const chosen = [...random.shuffle(cooperatives), ...random.shuffle(others)].slice(
    0,
    Math.round(total * 0.25),
  );
  if (chosen.length === 0) return [];

  const earliest = laterOf(PS_STATUS_SINCE, addYears(today, -4));
  const latestGrant = addDays(today, -60);
  const regranted = chosen.find(
    (draft) => draft.row.is_active && draft.row.publication_state === "PUBLISHED",
  );
  const withdrawnTarget = Math.max(1, Math.round(chosen.length * 0.12));
  const withdrawn = new Set(chosen.filter((draft) => !draft.row.is_active));
  for (const draft of random.shuffle(chosen)) {
    if (withdrawn.size >= withdrawnTarget) break;
    if (draft !== regranted) withdrawn.add(draft);
  }

  const decisions: Omit<DemoSocialEnterpriseDecisionRow, "decision_number">[] = [];
  const decide = (draft: OrganizationDraft, decision: "GRANTED" | "WITHDRAWN", date: string) =>
    decisions.push({
      id: ids.next(),
      organization_id: draft.row.id,
      decision,
      decision_date: date,
      voivodeship_code: draft.voivodeship,
      effective_from: addDays(date, 14),
    });

  for (const draft of chosen) {
    // The status needs at least 3 employees, 30 % of them at risk of social exclusion.
    const employees = Math.max(draft.row.employee_count ?? 0, 3 + random.int(0, 12));
    const atRisk = Math.max(draft.row.employees_at_risk_count ?? 0, Math.ceil(employees * 0.3));
    draft.row.employee_count = employees;
    draft.row.employees_at_risk_count = Math.min(atRisk, employees);

    if (draft === regranted) {
      // Granted, withdrawn, and granted again after the one-year wait the act requires.
      const granted = earliest;
      const lost = addDays(granted, random.int(150, 250));
      const again = addDays(lost, 14 + 365 + random.int(10, 60));
      decide(draft, "GRANTED", granted);
      decide(draft, "WITHDRAWN", lost);
      if (again <= addDays(today, -15)) decide(draft, "GRANTED", again);
      continue;
    }
    const granted = randomDateBetween(random, earliest, latestGrant);
    decide(draft, "GRANTED", granted);
    if (withdrawn.has(draft)) {
      // Usually after half a year or more; sooner only when the grant itself is recent.
      const latest = addDays(today, -20);
      const earliestLoss = addDays(granted, 180) <= latest ? addDays(granted, 180) : addDays(granted, 14);
      decide(draft, "WITHDRAWN", randomDateBetween(random, earliestLoss, latest));
    }
  }

  // Numbered per year in the order of decision dates.
  const sequence = new Map<string, number>();
  return decisions
    .sort((a, b) => a.decision_date.localeCompare(b.decision_date) || a.id.localeCompare(b.id))
    .map((decision) => {
      const year = decision.decision_date.slice(0, 4);
      const next = (sequence.get(year) ?? 0) + 1;
      sequence.set(year, next);
      return { ...decision, decision_number: `PS/${year}/${String(next).padStart(3, "0")}` };
    });
}

// ─── Certificates ────────────────────────────────────────────────────────────────────────────────

interface PlannedCertificate {
  draft: OrganizationDraft;
  type: CertificateType;
  decisionDate: string;
  validFrom: string;
  revokedOn: string | null;
  renewalOf: PlannedCertificate | null;
  id: string;
}

function generateCertificates(
  random: Random,
  ids: UniqueIds,
  drafts: OrganizationDraft[],
  today: string,
): { certificates: DemoCertificateRow[]; certifiedOfferings: DemoCertifiedOfferingRow[] } {
  const planned: PlannedCertificate[] = [];
  const plan = (
    draft: OrganizationDraft,
    type: CertificateType,
    validFrom: string,
    decisionDate: string,
    extra: Partial<Pick<PlannedCertificate, "revokedOn" | "renewalOf">> = {},
  ) => {
    const certificate: PlannedCertificate = {
      draft,
      type,
      validFrom,
      decisionDate,
      revokedOn: extra.revokedOn ?? null,
      renewalOf: extra.renewalOf ?? null,
      id: ids.next(),
    };
    planned.push(certificate);
    return certificate;
  };

  // The real holders: current marks for the offerings the sources name (dates are illustrative).
  for (const draft of drafts) {
    if (!draft.real || draft.offerings.length === 0) continue;
    const validFrom = addDays(today, -random.int(30, 300));
    plan(draft, "ZAKUP_PROSPOLECZNY", validFrom, addDays(validFrom, -random.int(0, 14)));
  }

  const podlaskieCount = drafts.filter((draft) => draft.voivodeship === PODLASKIE).length;
  const zpTarget = Math.round(podlaskieCount * 0.183);
  const zjesTarget = Math.max(1, Math.round(drafts.length * 0.017));
  const holders = random.shuffle(
    drafts.filter(
      (draft) =>
        draft.real === null &&
        draft.row.pes_type !== "NOT_PES" &&
        draft.row.is_active &&
        draft.row.publication_state === "PUBLISHED" &&
        draft.offerings.length > 0,
    ),
  );
  const zpHolders = holders.filter((draft) => draft.voivodeship === PODLASKIE);
  const used = new Set<OrganizationDraft>();

  let scenario = 0;
  for (const draft of zpHolders) {
    const remaining = zpTarget - planned.length;
    if (remaining <= 0) break;
    used.add(draft);
    switch (scenario++) {
      case 0: // granted now: active for the whole coming year
        plan(draft, "ZAKUP_PROSPOLECZNY", today, addDays(today, -random.int(3, 14)));
        continue;
      case 1: // decided, valid in ten days
        plan(draft, "ZAKUP_PROSPOLECZNY", addDays(today, 10), addDays(today, -5));
        continue;
      case 2: {
        // the only revoked one
        const validFrom = addDays(today, -random.int(60, 300));
        plan(draft, "ZAKUP_PROSPOLECZNY", validFrom, addDays(validFrom, -random.int(0, 14)), {
          revokedOn: addDays(validFrom, random.int(20, 50)),
        });
        continue;
      }
    }
    if (remaining >= 2 && random.chance(0.25)) {
      // an expired mark renewed without a gap
      const firstFrom = addDays(today, -random.int(400, 1000));
      const first = plan(draft, "ZAKUP_PROSPOLECZNY", firstFrom, addDays(firstFrom, -random.int(0, 14)));
      const secondFrom = addDays(endOfTerm(firstFrom, 12), 1);
      plan(draft, "ZAKUP_PROSPOLECZNY", secondFrom, addDays(secondFrom, -random.int(3, 30)), {
        renewalOf: first,
      });
    } else {
      const validFrom = addDays(today, -random.int(15, 900));
      plan(draft, "ZAKUP_PROSPOLECZNY", validFrom, addDays(validFrom, -random.int(0, 14)));
    }
  }

  for (const draft of holders.filter((candidate) => !used.has(candidate)).slice(0, zjesTarget)) {
    const validFrom = addDays(today, -random.int(0, 1100));
    plan(draft, "ZNAK_JAKOSCI_ES", validFrom, addDays(validFrom, -random.int(0, 10)));
  }

  // Numbers per mark and year, in the order of decisions: ZP/2025/017.
  planned.sort((a, b) => a.decisionDate.localeCompare(b.decisionDate) || a.id.localeCompare(b.id));
  const sequence = new Map<string, number>();
  const certificates: DemoCertificateRow[] = [];
  const certifiedOfferings: DemoCertifiedOfferingRow[] = [];
  for (const item of planned) {
    const year = item.decisionDate.slice(0, 4);
    const key = `${item.type}/${year}`;
    const next = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, next);
    const prefix = item.type === "ZAKUP_PROSPOLECZNY" ? "ZP" : "ZJES";
    certificates.push({
      id: item.id,
      organization_id: item.draft.row.id,
      type: item.type,
      number: `${prefix}/${year}/${String(next).padStart(3, "0")}`,
      granting_body: item.type === "ZAKUP_PROSPOLECZNY" ? ZAKUP_PROSPOLECZNY_GRANTOR : ZNAK_JAKOSCI_GRANTOR,
      decision_date: item.decisionDate,
      valid_from: item.validFrom,
      valid_to: endOfTerm(item.validFrom, CERTIFICATE_TERM_MONTHS[item.type]),
      revoked: item.revokedOn !== null,
      revoked_reason: item.revokedOn ? REVOCATION_REASON : null,
      revoked_at: item.revokedOn ? `${item.revokedOn}T10:00:00.000Z` : null,
      renewal_of_id: item.renewalOf?.id ?? null,
      is_demo: true,
    });
    // A real holder's mark covers every offering the sources name; others cover one to three.
    const covered = item.draft.real
      ? item.draft.offerings
      : random.sample(item.draft.offerings, random.int(1, 3)).sort((a, b) => a.position - b.position);
    covered.forEach((offering, position) =>
      certifiedOfferings.push({
        id: ids.next(),
        certificate_id: item.id,
        name: offering.name,
        description: offering.description,
        cpv_codes: [...offering.cpv_codes],
        position,
      }),
    );
  }
  return { certificates, certifiedOfferings };
}

// ─── Identifiers ─────────────────────────────────────────────────────────────────────────────────

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];
const REGON_9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7];
const REGON_14_WEIGHTS = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

const weightedSum = (digits: string, weights: readonly number[]) =>
  weights.reduce((sum, weight, index) => sum + weight * Number(digits[index]), 0);

/** A NIP with a valid check digit; a remainder of 10 has no digit, so another number is drawn. */
export function generateNip(random: Random): string {
  for (;;) {
    const body = `${random.int(101, 999)}${random.digits(6)}`;
    const check = weightedSum(body, NIP_WEIGHTS) % 11;
    if (check !== 10) return `${body}${check}`;
  }
}

/** A 9-digit REGON (remainder 10 is written as 0). */
export function generateRegon9(random: Random): string {
  const body = `${random.int(10, 99)}${random.digits(6)}`;
  return `${body}${(weightedSum(body, REGON_9_WEIGHTS) % 11) % 10}`;
}

/** A 14-digit REGON of a local unit: a valid 9-digit REGON, a unit number and its own check digit. */
export function generateRegon14(random: Random): string {
  const body = `${generateRegon9(random)}${String(random.int(1, 99)).padStart(4, "0")}`;
  return `${body}${(weightedSum(body, REGON_14_WEIGHTS) % 11) % 10}`;
}

function unique(taken: Set<string>, generate: () => string): string {
  for (;;) {
    const value = generate();
    if (!taken.has(value)) {
      taken.add(value);
      return value;
    }
  }
}

class UniqueIds {
  private readonly taken = new Set<string>();
  constructor(private readonly random: Random) {}
  next(): string {
    return unique(this.taken, () => this.random.uuid());
  }
}

/** Names made unique with a numeric suffix: "a", "a-2", "a-3"… without rescanning. */
class UniqueNames {
  private readonly taken = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();
  has(name: string): boolean {
    return this.taken.has(name);
  }
  claim(name: string): string {
    let candidate = name;
    let suffix = this.nextSuffix.get(name) ?? 2;
    while (this.taken.has(candidate)) candidate = `${name}-${suffix++}`;
    this.nextSuffix.set(name, suffix);
    this.taken.add(candidate);
    return candidate;
  }
}

/** Cycles through a shuffled word list so that names repeat as little as possible. */
class WordQueue {
  private queue: string[] = [];
  constructor(
    private readonly random: Random,
    private readonly words: readonly string[],
  ) {}
  next(): string {
    if (this.queue.length === 0) this.queue = this.random.shuffle(this.words);
    return this.queue.pop()!;
  }
}

// ─── Places and kinds ────────────────────────────────────────────────────────────────────────────

/** Bigger towns get more organizations: Białystok most, then Łomża and Suwałki, then other towns. */
function gminaWeight(gmina: DemoGmina): number {
  const special: Record<string, number> = { "2061011": 70, "2062011": 14, "2063011": 14 };
  if (special[gmina.code]) return special[gmina.code]!;
  if (Number(gmina.powiatCode.slice(2)) >= 61) return 12; // a city with powiat rights
  return { "1": 3, "3": 2 }[gmina.code.slice(-1)] ?? 1;
}

/** Every gmina gets one organization when there are enough, the rest follows the weights. */
function allocateSeats(random: Random, gminy: readonly DemoGmina[], count: number): DemoGmina[] {
  const ordered = [...gminy].sort((a, b) => a.code.localeCompare(b.code));
  const seats = count >= 2 * ordered.length ? [...ordered] : [];
  const cumulative: number[] = [];
  let total = 0;
  for (const gmina of ordered) cumulative.push((total += gminaWeight(gmina)));
  while (seats.length < count) {
    const point = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > point) high = middle;
      else low = middle + 1;
    }
    seats.push(ordered[low]!);
  }
  return random.shuffle(seats);
}

/** Exact counts per kind for `count` organizations (largest remainder), so 293 gives the table above. */
function allocateProfiles(count: number): ProfileId[] {
  const sharesTotal = PROFILE_SHARES.reduce((sum, [, share]) => sum + share, 0);
  const exact = PROFILE_SHARES.map(([id, share]) => ({ id, value: (share * count) / sharesTotal }));
  const counts = exact.map((item) => Math.floor(item.value));
  let missing = count - counts.reduce((sum, value) => sum + value, 0);
  const byRemainder = exact
    .map((item, index) => ({ index, remainder: item.value - Math.floor(item.value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing-- <= 0) break;
    counts[index]! += 1;
  }
  return exact.flatMap((item, index) => Array<ProfileId>(counts[index]!).fill(item.id));
}

// ─── Text ────────────────────────────────────────────────────────────────────────────────────────

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase("pl") + text.slice(1);
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase("pl") + text.slice(1);

function trimSlug(slug: string, max: number): string {
  return slug.length <= max ? slug : slug.slice(0, max).replace(/-+[^-]*$/, "") || slug.slice(0, max);
}

const LEGAL_WORDS =
  /^(spoldzielnia-(socjalna|pracy|inwalidow|niewidomych)|fundacja|stowarzyszenie|kolo-gospodyn-wiejskich)-/;

/** A short host name for the demo e-mail and website: the quoted part of the name, else the name. */
function domainStem(name: string): string {
  const quoted = /„([^”]+)”/.exec(name)?.[1];
  const stem = slugify(quoted ?? name).replace(LEGAL_WORDS, "");
  return trimSlug(stem, 30) || "podmiot";
}
