import { describe, expect, it } from "vitest";
import { hasFilters, parseServiceSearch, serviceSearchHref, toServiceFilter } from "./service-search";

describe("parseServiceSearch", () => {
  it("reads every filter from the URL, and writes the same URL back", () => {
    const search = parseServiceSearch({
      q: " opieka wytchnieniowa ",
      gdzie: "lapy",
      obszar: "2002063",
      kategoria: ["DISABILITY_SUPPORT", "SOCIAL_ASSISTANCE"],
      grupa: "CARERS",
      bezplatne: "tak",
      sposob: "AT_HOME",
      dostepnosc: ["STEP_FREE_ACCESS", "INDUCTION_LOOP"],
      jezyk: ["uk", "pjm"],
      widok: "mapa",
      strona: "2",
    });
    expect(search).toEqual({
      text: "opieka wytchnieniowa",
      place: "lapy",
      placeInUrl: true,
      areaCode: "2002063",
      areas: ["DISABILITY_SUPPORT", "SOCIAL_ASSISTANCE"],
      targetGroups: ["CARERS"],
      freeOnly: true,
      deliveryModes: ["AT_HOME"],
      accessibility: ["STEP_FREE_ACCESS", "INDUCTION_LOOP"],
      languages: ["uk", "pjm"],
      view: "mapa",
      page: 2,
    });
    expect(serviceSearchHref(search, { page: 2 })).toBe(
      "/uslugi?q=opieka+wytchnieniowa&gdzie=lapy&obszar=2002063&kategoria=DISABILITY_SUPPORT" +
        "&kategoria=SOCIAL_ASSISTANCE&grupa=CARERS&bezplatne=tak&sposob=AT_HOME" +
        "&dostepnosc=STEP_FREE_ACCESS&dostepnosc=INDUCTION_LOOP&jezyk=uk&jezyk=pjm&widok=mapa&strona=2",
    );
  });

  it("drops unknown or malformed values instead of failing", () => {
    const search = parseServiceSearch({
      obszar: "1465011",
      kategoria: ["NIE_MA", "CULTURE"],
      grupa: "KOTY",
      jezyk: "xx",
      widok: "globus",
      bezplatne: "1",
      strona: "-3",
    });
    expect(search).toMatchObject({
      areaCode: "",
      areas: ["CULTURE"],
      targetGroups: [],
      languages: [],
      view: "lista",
      freeOnly: false,
      page: 1,
    });
    expect(parseServiceSearch({ obszar: "20" }).areaCode).toBe("");
    expect(parseServiceSearch({ obszar: "2002" }).areaCode).toBe("2002");
    expect(parseServiceSearch({ q: "a".repeat(500) }).text).toHaveLength(200);
  });

  it("tells a link without the place field from a form whose place field was emptied", () => {
    expect(parseServiceSearch({ obszar: "2002063" }).placeInUrl).toBe(false);
    expect(parseServiceSearch({ gdzie: "", obszar: "2002063" }).placeInUrl).toBe(true);
  });
});

describe("toServiceFilter", () => {
  it("keeps the typed text whole, place names included, and adds the resolved area", () => {
    const search = parseServiceSearch({ q: "opieka wytchnieniowa Łapy", bezplatne: "tak" });
    expect(toServiceFilter(search, null)).toEqual({ text: "opieka wytchnieniowa Łapy", freeOnly: true });
    expect(toServiceFilter(parseServiceSearch({}), "2002063")).toEqual({ areaCode: "2002063" });
  });
});

describe("serviceSearchHref", () => {
  it("leaves out the defaults and can switch the view", () => {
    const search = parseServiceSearch({});
    expect(serviceSearchHref(search)).toBe("/uslugi");
    expect(serviceSearchHref(search, { view: "mapa" })).toBe("/uslugi?widok=mapa");
    expect(hasFilters(search)).toBe(false);
    expect(hasFilters(parseServiceSearch({ bezplatne: "tak" }))).toBe(true);
  });
});
