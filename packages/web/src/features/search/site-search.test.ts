import { describe, expect, it } from "vitest";
import { EMPTY_SITE_SEARCH, parseSiteSearch, siteSearchFilter, siteSearchHref } from "./site-search";

describe("parseSiteSearch", () => {
  it("reads the query, the Polish type values and the page, dropping unknown values", () => {
    expect(parseSiteSearch({ q: "  opieka  ", typ: ["dokumenty", "xyz", "uslugi"], strona: "2" })).toEqual({
      ...EMPTY_SITE_SEARCH,
      text: "opieka",
      types: ["SERVICE", "DOCUMENT"],
      page: 2,
    });
    expect(parseSiteSearch({})).toEqual(EMPTY_SITE_SEARCH);
  });

  it("keeps only known facet values and region area codes", () => {
    const search = parseSiteSearch({
      q: "opieka",
      gdzie: "Łapy",
      obszar: "2002063",
      kategoria: ["SOCIAL_ASSISTANCE", "toString"],
      grupa: "PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS",
      forma: ["FOUNDATION", "X"],
      rodzaj: "LPDI",
      bezplatne: "tak",
    });
    expect(search).toMatchObject({
      place: "Łapy",
      placeInUrl: true,
      areaCode: "2002063",
      serviceAreas: ["SOCIAL_ASSISTANCE"],
      targetGroups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
      legalForms: ["FOUNDATION"],
      documentKinds: ["LPDI"],
      freeOnly: true,
    });
    expect(parseSiteSearch({ obszar: "1465011" }).areaCode).toBe("");
  });

  it("cuts a query longer than the API accepts", () => {
    expect(parseSiteSearch({ q: "a".repeat(300) }).text).toHaveLength(200);
  });
});

describe("siteSearchFilter", () => {
  it("sends only the filters chosen", () => {
    expect(siteSearchFilter(EMPTY_SITE_SEARCH)).toBeNull();
    expect(
      siteSearchFilter({
        ...EMPTY_SITE_SEARCH,
        areaCode: "2002",
        legalForms: ["FOUNDATION"],
        freeOnly: true,
      }),
    ).toEqual({ areaCode: "2002", legalForms: ["FOUNDATION"], freeOnly: true });
  });
});

describe("siteSearchHref", () => {
  it("builds a shareable URL that parses back to the same search", () => {
    const search = {
      ...EMPTY_SITE_SEARCH,
      text: "opieka wytchnieniowa",
      types: ["DOCUMENT" as const],
      documentKinds: ["LPDI" as const],
    };
    const href = siteSearchHref(search, { page: 3 });
    expect(href).toBe("/szukaj?q=opieka+wytchnieniowa&typ=dokumenty&rodzaj=LPDI&strona=3");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseSiteSearch(params)).toEqual({ ...search, page: 3 });
    expect(siteSearchHref(EMPTY_SITE_SEARCH)).toBe("/szukaj");
  });
});
