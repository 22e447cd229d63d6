import { describe, expect, it } from "vitest";
import { parseServiceSearch, toServiceFilter } from "@/features/service/service-search";
import { LOCALES } from "@/i18n/locales";
import { localizeJourney } from "./journey-text";
import { findJourney, journeyCatalogueHref, journeyHref, JOURNEYS, journeySearch } from "./journeys";

function paramsOf(href: string): Record<string, string[]> {
  const url = new URL(href, "http://localhost");
  const params: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) (params[key] ??= []).push(value);
  return params;
}

describe("journeys", () => {
  it("are the three questions of the home page, each with a unique slug under /pomoc", () => {
    expect(JOURNEYS.map(journeyHref)).toEqual([
      "/pomoc/osoba-starsza",
      "/pomoc/osoba-z-niepelnosprawnoscia",
      "/pomoc/rodzina-w-kryzysie",
    ]);
    expect(findJourney("osoba-starsza")?.title).toBe("Szukam pomocy dla osoby starszej");
    expect(findJourney("nie-ma")).toBeUndefined();
  });

  it.each(JOURNEYS.map((journey) => [journey.slug, journey] as const))(
    "%s: the /uslugi link parses back to the journey's filter and nothing more",
    (_slug, journey) => {
      const href = journeyCatalogueHref(journey);
      expect(href.startsWith("/uslugi?")).toBe(true);
      const parsed = parseServiceSearch(paramsOf(href));
      expect(parsed).toEqual(journeySearch(journey));
      expect(parsed.targetGroups).toEqual(journey.filter.targetGroups);
      expect(parsed.areas).toEqual(journey.filter.areas ?? []);
      expect(toServiceFilter(parsed, null)).toEqual({
        text: undefined,
        areaCode: undefined,
        serviceAreas: journey.filter.areas,
        targetGroups: journey.filter.targetGroups,
        freeOnly: undefined,
        deliveryModes: undefined,
        accessibilityFeatures: undefined,
        languages: undefined,
      });
    },
  );

  it.each(LOCALES)("speak plainly in %s: 3 to 6 sentences naming where to apply", (locale) => {
    for (const journey of JOURNEYS.map((each) => localizeJourney(each, locale))) {
      const text = journey.intro.join(" ");
      const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length).toBeGreaterThanOrEqual(3);
      expect(sentences.length).toBeLessThanOrEqual(6);
      expect(text).toMatch(/OPS|PCPR/);
    }
  });

  it("are translated in words only: slug and filter stay those of the Polish catalogue", () => {
    for (const locale of LOCALES) {
      for (const journey of JOURNEYS) {
        const translated = localizeJourney(journey, locale);
        expect(translated.slug).toBe(journey.slug);
        expect(translated.filter).toEqual(journey.filter);
        if (locale !== "pl") expect(translated.title).not.toBe(journey.title);
      }
    }
    expect(localizeJourney(JOURNEYS[0]!, "uk").title).toBe("Шукаю допомогу для людини похилого віку");
  });

  it("keeps the senior, disability and family filters as the API names the groups", () => {
    expect(JOURNEYS.map((journey) => journey.filter.targetGroups)).toEqual([
      ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
      ["PEOPLE_WITH_DISABILITIES"],
      ["FAMILIES_AND_CHILDREN", "PEOPLE_AFFECTED_BY_VIOLENCE"],
    ]);
  });
});
