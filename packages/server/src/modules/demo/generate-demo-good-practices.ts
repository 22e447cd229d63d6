import {
  foldPolish,
  slugify,
  type FundingKind,
  type LegalForm,
  type ServiceArea,
  type TargetGroup,
} from "@obserwatorium/schema";
import { LOCATIVE_OF_GMINA } from "./demo-catalogue";
import {
  CONTACT_PEOPLE,
  FUNDING_LINKS,
  FUNDING_SOURCE_TEXT,
  PRACTICE_TEMPLATES,
  type LeadKind,
  type PracticeTemplate,
} from "./demo-good-practice-catalogue";
import { DEMO_PREFIX, type DemoGmina } from "./generate-demo-registry";
import type { DemoPowiat } from "./generate-demo-services";
import { createRandom, type Random } from "./random";

/** A published demo organization of the registry that may have carried out a practice. */
export interface DemoPracticeOrganization {
  id: string;
  name: string;
  legalForm: LegalForm;
  seatGminaCode: string;
}

export interface GenerateDemoGoodPracticesOptions {
  seed: number;
  /** ISO date; every practice started before its year. */
  today: string;
  gminy: readonly DemoGmina[];
  powiaty: readonly DemoPowiat[];
  organizations: readonly DemoPracticeOrganization[];
  count?: number;
}

export interface DemoGoodPracticeRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body_markdown: string;
  service_areas: ServiceArea[];
  target_groups: TargetGroup[];
  period_from_year: number;
  period_from_date: string | null;
  period_to_year: number | null;
  period_to_date: string | null;
  funding_kinds: FundingKind[];
  funding_source: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  publication_state: "DRAFT" | "PUBLISHED";
  is_demo: boolean;
}

export interface DemoGoodPractices {
  goodPractices: DemoGoodPracticeRow[];
  areas: { good_practice_id: string; territorial_unit_code: string }[];
  organizations: { good_practice_id: string; organization_id: string; position: number }[];
  results: {
    id: string;
    good_practice_id: string;
    indicator: string;
    value: number;
    unit: string;
    position: number;
  }[];
  attachments: { id: string; good_practice_id: string; title: string; url: string; position: number }[];
}

export const DEFAULT_DEMO_GOOD_PRACTICES_SEED = 20261124;
export const DEFAULT_DEMO_GOOD_PRACTICE_COUNT = 40;
/** Gmina codes of the three cities with powiat rights in podlaskie: Białystok, Łomża, Suwałki. */
const CITY_GMINA_CODES = ["2061011", "2062011", "2063011"];
/** Landline area codes: Łomża (86) and Suwałki (87) regions by powiat; Białystok (85) elsewhere. */
const AREA_CODE_BY_POWIAT: Readonly<Record<string, string>> = {
  "2004": "86",
  "2006": "86",
  "2007": "86",
  "2013": "86",
  "2014": "86",
  "2062": "86",
  "2001": "87",
  "2009": "87",
  "2012": "87",
  "2063": "87",
};

interface Place {
  code: string;
  powiatCode: string;
  phrase: string;
}

const kindOf = (legalForm: LegalForm): LeadKind =>
  legalForm === "PUBLIC_BODY" ? "PUBLIC" : legalForm.endsWith("COOPERATIVE") ? "COOPERATIVE" : "NGO";

function gminaPhrase(gmina: DemoGmina): string {
  const locative = LOCATIVE_OF_GMINA[gmina.name];
  return gmina.code.endsWith("1") && locative ? `w ${locative}` : `w gminie ${gmina.name}`;
}

function powiatPhrase(powiat: DemoPowiat): string {
  if (/ki$/.test(powiat.name)) return `w powiecie ${powiat.name}m`;
  return `w ${LOCATIVE_OF_GMINA[powiat.name] ?? powiat.name}`;
}

/** A deterministic set of demo good practices spread over the gminy, powiaty and cities of podlaskie. */
export function generateDemoGoodPractices(options: GenerateDemoGoodPracticesOptions): DemoGoodPractices {
  const random = createRandom(options.seed);
  const count = options.count ?? DEFAULT_DEMO_GOOD_PRACTICE_COUNT;
  const result: DemoGoodPractices = {
    goodPractices: [],
    areas: [],
    organizations: [],
    results: [],
    attachments: [],
  };
  const gminy = random.shuffle(options.gminy.filter((gmina) => !CITY_GMINA_CODES.includes(gmina.code)));
  const cities = options.gminy.filter((gmina) => CITY_GMINA_CODES.includes(gmina.code));
  const powiaty = random.shuffle(options.powiaty);
  const used = { GMINA: 0, CITY: 0, POWIAT: 0 };
  const slugs = new Set<string>();
  const lastYear = Number(options.today.slice(0, 4)) - 1;

  const placeFor = (template: PracticeTemplate): Place => {
    const index = used[template.scope]++;
    if (template.scope === "POWIAT" && powiaty.length) {
      const powiat = powiaty[index % powiaty.length]!;
      return { code: powiat.code, powiatCode: powiat.code, phrase: powiatPhrase(powiat) };
    }
    const pool = template.scope === "CITY" && cities.length ? cities : gminy.length ? gminy : cities;
    const gmina = pool[index % pool.length]!;
    return { code: gmina.code, powiatCode: gmina.powiatCode, phrase: gminaPhrase(gmina) };
  };

  for (let index = 0; index < count; index++) {
    const template = PRACTICE_TEMPLATES[index % PRACTICE_TEMPLATES.length]!;
    const place = placeFor(template);
    const id = random.uuid();
    const title = template.title(place.phrase);
    let slug = slugify(title).slice(0, 110).replace(/-+$/, "");
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(title).slice(0, 105)}-${n}`;
    slugs.add(slug);

    const values = template.results.map((spec) => random.int(spec.min, spec.max));
    const link = FUNDING_LINKS[template.funding[0]!];
    result.goodPractices.push({
      id,
      slug,
      title,
      summary: `${DEMO_PREFIX}${template.summary(place.phrase)}`,
      body_markdown: body(template, values, link),
      service_areas: [...template.serviceAreas],
      target_groups: [...template.targetGroups],
      ...period(random, lastYear),
      funding_kinds: [...template.funding],
      funding_source: template.funding.map((kind) => FUNDING_SOURCE_TEXT[kind]).join("; "),
      ...contact(random, place),
      publication_state: "PUBLISHED",
      is_demo: true,
    });
    result.areas.push({ good_practice_id: id, territorial_unit_code: place.code });
    organizationsFor(random, template, place, options.organizations).forEach((organization, position) => {
      result.organizations.push({ good_practice_id: id, organization_id: organization.id, position });
    });
    template.results.forEach((spec, position) => {
      const value = values[position]!;
      result.results.push({
        id: random.uuid(),
        good_practice_id: id,
        indicator: spec.indicator,
        value,
        unit: spec.unit,
        position,
      });
    });
    if (random.chance(0.6)) {
      result.attachments.push({ id: random.uuid(), good_practice_id: id, position: 0, ...link });
    }
  }
  for (const draft of random.sample(result.goodPractices, Math.max(1, Math.round(count / 20)))) {
    draft.publication_state = "DRAFT";
  }
  return result;
}

function body(
  template: PracticeTemplate,
  values: readonly number[],
  link: { title: string; url: string },
): string {
  const results = template.results.map(
    (spec, index) =>
      `- **${spec.indicator}:** ${values[index]!.toLocaleString("pl-PL")}${spec.unit ? ` ${spec.unit}` : ""}`,
  );
  return [
    "> Przykładowy opis wygenerowany na potrzeby demonstracji serwisu — projekt, osoby i liczby są zmyślone.",
    "## Na czym polega",
    template.what,
    "## Co zrobiliśmy",
    template.actions.map((action) => `- ${action}`).join("\n"),
    "## Efekty",
    results.join("\n"),
    "## Jak to powtórzyć",
    template.tip,
    `Więcej o źródle finansowania: [${link.title}](${link.url}).`,
  ].join("\n\n");
}

function period(random: Random, lastYear: number) {
  const fromYear = random.int(lastYear - 5, lastYear);
  const ongoing = random.chance(0.25);
  const toYear = ongoing ? null : fromYear + random.int(0, 2);
  const exact = random.chance(0.3);
  return {
    period_from_year: fromYear,
    period_from_date: exact ? `${fromYear}-${String(random.int(1, 9)).padStart(2, "0")}-01` : null,
    period_to_year: toYear,
    period_to_date: exact && toYear !== null ? `${toYear}-12-31` : null,
  };
}

function contact(random: Random, place: Place) {
  const people = random.pick(CONTACT_PEOPLE);
  const firstName = random.pick(people.firstNames);
  const lastName = random.pick(people.lastNames);
  const areaCode = AREA_CODE_BY_POWIAT[place.powiatCode] ?? "85";
  const digits = `${areaCode}${random.digits(7)}`;
  return {
    contact_name: `${firstName} ${lastName}`,
    contact_email: `${foldPolish(firstName[0]!).toLowerCase()}.${slugify(lastName)}@demo.example.pl`,
    contact_phone: `+48 ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`,
  };
}

/** The lead organization of the template's kind, as near as possible, and sometimes a partner nearby. */
function organizationsFor(
  random: Random,
  template: PracticeTemplate,
  place: Place,
  organizations: readonly DemoPracticeOrganization[],
): DemoPracticeOrganization[] {
  const ofKind = organizations.filter((organization) => kindOf(organization.legalForm) === template.lead);
  const inPowiat = (organization: DemoPracticeOrganization) =>
    organization.seatGminaCode.startsWith(place.powiatCode);
  const candidates = [
    ofKind.filter((organization) => organization.seatGminaCode === place.code),
    // A powiat-wide practice is led by its PCPR (or a city's MOPR) rather than a gmina's OPS.
    ofKind.filter((organization) => inPowiat(organization) && /Rodzinie/.test(organization.name)),
    ofKind.filter(inPowiat),
    ofKind,
    organizations.filter(inPowiat),
    organizations,
  ].find((group) => group.length > 0);
  if (!candidates) return [];
  const lead = random.pick(candidates);
  const partners = organizations.filter(
    (organization) => inPowiat(organization) && organization.id !== lead.id,
  );
  return partners.length && random.chance(0.5) ? [lead, random.pick(partners)] : [lead];
}
