import {
  FUNDING_KINDS,
  SERVICE_AREAS,
  TARGET_GROUPS,
  validateEmail,
  validatePhone,
  validateSlug,
  validateWebsite,
} from "@obserwatorium/schema";
import { describe, expect, it } from "vitest";
import {
  generateDemoGoodPractices,
  type GenerateDemoGoodPracticesOptions,
} from "./generate-demo-good-practices";

const gminy = [
  { code: "2002011", name: "Choroszcz", powiatCode: "2002" },
  { code: "2002063", name: "Łapy", powiatCode: "2002" },
  { code: "2011032", name: "Sokółka", powiatCode: "2011" },
  { code: "2061011", name: "Białystok", powiatCode: "2061" },
  { code: "2062011", name: "Łomża", powiatCode: "2062" },
  { code: "2063011", name: "Suwałki", powiatCode: "2063" },
];
const options: GenerateDemoGoodPracticesOptions = {
  seed: 11,
  today: "2026-11-22",
  gminy,
  powiaty: [
    { code: "2002", name: "białostocki" },
    { code: "2011", name: "sokólski" },
    { code: "2062", name: "Łomża" },
  ],
  organizations: [
    {
      id: "00000000-0000-4000-8000-000000000001",
      name: "Gminny Ośrodek Pomocy Społecznej w Łapach",
      legalForm: "PUBLIC_BODY",
      seatGminaCode: "2002063",
    },
    {
      id: "00000000-0000-4000-8000-000000000002",
      name: "Powiatowe Centrum Pomocy Rodzinie w powiecie białostockim",
      legalForm: "PUBLIC_BODY",
      seatGminaCode: "2061011",
    },
    {
      id: "00000000-0000-4000-8000-000000000003",
      name: "Spółdzielnia Socjalna „Smaki Podlasia”",
      legalForm: "SOCIAL_COOPERATIVE",
      seatGminaCode: "2011032",
    },
    {
      id: "00000000-0000-4000-8000-000000000004",
      name: "Stowarzyszenie „Razem”",
      legalForm: "ASSOCIATION",
      seatGminaCode: "2062011",
    },
  ],
};

describe("generateDemoGoodPractices", () => {
  it("is deterministic for a seed", () => {
    expect(generateDemoGoodPractices(options)).toEqual(generateDemoGoodPractices(options));
    expect(generateDemoGoodPractices({ ...options, seed: 12 }).goodPractices[0]!.id).not.toBe(
      generateDemoGoodPractices(options).goodPractices[0]!.id,
    );
  });

  it("makes 40 marked demo practices with a place, an organization and numeric results", () => {
    const demo = generateDemoGoodPractices(options);
    expect(demo.goodPractices).toHaveLength(40);
    expect(demo.areas).toHaveLength(40);
    const ids = new Set(demo.goodPractices.map((practice) => practice.id));
    expect(new Set(demo.organizations.map((link) => link.good_practice_id))).toEqual(ids);
    expect(new Set(demo.results.map((result) => result.good_practice_id))).toEqual(ids);
    expect(demo.goodPractices.some((practice) => practice.publication_state === "DRAFT")).toBe(true);
    const places = new Set(demo.areas.map((area) => area.territorial_unit_code));
    expect(places.size).toBeGreaterThanOrEqual(6);
    const funding = new Set(demo.goodPractices.flatMap((practice) => practice.funding_kinds));
    for (const kind of ["EFS_PLUS", "FERS", "PFRON"]) expect(funding).toContain(kind);
  });

  it("produces only values the validation and the CHECK constraints accept", () => {
    const demo = generateDemoGoodPractices(options);
    const slugs = demo.goodPractices.map((practice) => practice.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const practice of demo.goodPractices) {
      expect(validateSlug(practice.slug)).toBeNull();
      expect(practice.is_demo).toBe(true);
      expect(practice.summary.startsWith("[DEMO] ")).toBe(true);
      expect(practice.body_markdown).toMatch(/^> Przykładowy opis/);
      expect(practice.body_markdown).toMatch(/^## /m);
      expect(practice.body_markdown).toMatch(/^- /m);
      expect(practice.body_markdown).toMatch(/\]\(https:\/\//);
      for (const area of practice.service_areas) expect(SERVICE_AREAS).toContain(area);
      for (const group of practice.target_groups) expect(TARGET_GROUPS).toContain(group);
      for (const kind of practice.funding_kinds) expect(FUNDING_KINDS).toContain(kind);
      expect(practice.period_from_year).toBeLessThanOrEqual(2025);
      if (practice.period_to_year !== null) {
        expect(practice.period_to_year).toBeGreaterThanOrEqual(practice.period_from_year);
      }
      expect(validateEmail(practice.contact_email)).toBeNull();
      expect(validatePhone(practice.contact_phone)).toBeNull();
    }
    for (const attachment of demo.attachments) expect(validateWebsite(attachment.url)).toBeNull();
  });

  it("names places in Polish: a city in the locative, a powiat as an adjective", () => {
    const titles = generateDemoGoodPractices(options).goodPractices.map((practice) => practice.title);
    expect(titles.some((title) => / w (Białymstoku|Łomży|Suwałkach)$/.test(title))).toBe(true);
    expect(titles.some((title) => / w powiecie (białostockim|sokólskim)$/.test(title))).toBe(true);
    expect(titles.some((title) => / w gminie (Choroszcz|Łapy)$/.test(title))).toBe(true);
  });
});
