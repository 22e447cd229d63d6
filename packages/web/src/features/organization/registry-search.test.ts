import { describe, expect, it } from "vitest";
import { parseRegistrySearch, registrySearchHref, toOrganizationFilter } from "./registry-search";

const AREAS = new Map([
  ["2062", "2062"],
  ["2062011", "2062"],
  ["2007", "2007"],
  ["2007052", "2007052"],
]);

describe("parseRegistrySearch", () => {
  it("reads every filter from the URL", () => {
    const search = parseRegistrySearch(
      {
        q: " kajak ",
        obszar: "2062",
        forma: ["SOCIAL_COOPERATIVE", "FOUNDATION"],
        typ: "CIS",
        certyfikat: "ZAKUP_PROSPOLECZNY",
        ps: "tak",
        cpv: "55",
        dzialajace: "tak",
        sort: "weryfikacja",
        strona: "3",
      },
      AREAS,
    );
    expect(search).toEqual({
      text: "kajak",
      area: "2062",
      legalForms: ["SOCIAL_COOPERATIVE", "FOUNDATION"],
      pesTypes: ["CIS"],
      certificate: "ZAKUP_PROSPOLECZNY",
      socialEnterprise: true,
      cpv: "55",
      activeOnly: true,
      sort: "weryfikacja",
      page: 3,
    });
    expect(registrySearchHref(search, 4)).toBe(
      "/podmioty?q=kajak&obszar=2062&forma=SOCIAL_COOPERATIVE&forma=FOUNDATION&typ=CIS" +
        "&certyfikat=ZAKUP_PROSPOLECZNY&ps=tak&cpv=55&dzialajace=tak&sort=weryfikacja&strona=4",
    );
  });

  it("drops unknown or malformed values instead of failing", () => {
    const search = parseRegistrySearch(
      { obszar: "1465011", forma: ["NIE_MA", "FOUNDATION"], certyfikat: "X", sort: "losowo", strona: "-2" },
      AREAS,
    );
    expect(search).toMatchObject({
      area: "",
      legalForms: ["FOUNDATION"],
      certificate: null,
      sort: "nazwa",
      page: 1,
    });
    expect(parseRegistrySearch({ strona: "99999999999" }, AREAS).page).toBe(1);
    expect(parseRegistrySearch({ q: "a".repeat(500) }, AREAS).text).toHaveLength(200);
  });

  it("reads the gmina of a city with powiat rights as the city", () => {
    expect(parseRegistrySearch({ obszar: "2062011" }, AREAS).area).toBe("2062");
  });

  it("searches the whole region when no area is chosen", () => {
    expect(toOrganizationFilter(parseRegistrySearch({}, AREAS))).toEqual({ areaCode: "20" });
    expect(registrySearchHref(parseRegistrySearch({ obszar: "20" }, AREAS))).toBe("/podmioty");
  });
});
