import { describe, expect, it } from "vitest";
import { placeHref, suggestionHref } from "./search-links";

describe("placeHref", () => {
  it("leads gminy and powiaty to their coverage page", () => {
    expect(placeHref({ code: "2002042", kind: "URBAN_RURAL_MUNICIPALITY" })).toBe("/gminy/2002042");
    expect(placeHref({ code: "2061", kind: "CITY_WITH_COUNTY_RIGHTS" })).toBe("/gminy/2061");
  });

  it("leads a town of a gmina miejsko-wiejska to its gmina, a województwo to its list of gminy", () => {
    expect(placeHref({ code: "2002044", kind: "TOWN_OF_URBAN_RURAL_MUNICIPALITY" })).toBe("/gminy/2002043");
    expect(placeHref({ code: "20", kind: "VOIVODESHIP" })).toBe("/gminy?woj=20");
  });
});

describe("suggestionHref", () => {
  it("leads each kind of suggestion to its page, or to a search for its label", () => {
    expect(suggestionHref({ kind: "PLACE", label: "Białystok", value: "2061" })).toBe("/gminy/2061");
    expect(suggestionHref({ kind: "PLACE", label: "podlaskie", value: "20" })).toBe("/szukaj?q=podlaskie");
    expect(suggestionHref({ kind: "ORGANIZATION", label: "Fundacja", value: "fundacja-x" })).toBe(
      "/podmioty/fundacja-x",
    );
    expect(suggestionHref({ kind: "SERVICE_AREA", label: "Opieka", value: "CARE" })).toBe(
      "/uslugi?kategoria=CARE",
    );
    expect(suggestionHref({ kind: "SERVICE_TYPE", label: "opieka wytchnieniowa", value: "RESPITE" })).toBe(
      "/szukaj?q=opieka+wytchnieniowa",
    );
  });
});
