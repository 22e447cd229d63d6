import { describe, expect, it } from "vitest";
import { coverageSearchHref, coverageUnitName } from "./coverage-format";

describe("coverageUnitName", () => {
  it("names gminy, powiaty and cities with powiat rights as headings do", () => {
    expect(coverageUnitName({ name: "Łapy", kind: "URBAN_RURAL_MUNICIPALITY" })).toBe("Gmina Łapy");
    expect(coverageUnitName({ name: "białostocki", kind: "COUNTY" })).toBe("Powiat białostocki");
    expect(coverageUnitName({ name: "Białystok", kind: "CITY_WITH_COUNTY_RIGHTS" })).toBe("Miasto Białystok");
  });
});

describe("coverageSearchHref", () => {
  it("links the services search filtered to the unit and the statutory area", () => {
    const url = new URL(coverageSearchHref("2002063", "DISABILITY_SUPPORT"), "http://localhost");
    expect(url.pathname).toBe("/uslugi");
    expect(url.searchParams.get("obszar")).toBe("2002063");
    expect(url.searchParams.getAll("kategoria")).toEqual(["DISABILITY_SUPPORT"]);
    expect(coverageSearchHref("2002")).toBe("/uslugi?obszar=2002");
  });
});
