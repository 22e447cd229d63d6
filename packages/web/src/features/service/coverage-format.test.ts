import { describe, expect, it } from "vitest";
import { getMessages } from "@/i18n/messages";
import { coverageAreaName, coverageSearchHref, coverageTypeName, coverageUnitName } from "./coverage-format";

describe("coverageUnitName", () => {
  const naming = (locale: "pl" | "en" | "uk") => getMessages(locale).data.coverage;

  it("names gminy, powiaty and cities with powiat rights as headings do", () => {
    expect(coverageUnitName({ name: "Łapy", kind: "URBAN_RURAL_MUNICIPALITY" }, naming("pl"))).toBe(
      "Gmina Łapy",
    );
    expect(coverageUnitName({ name: "białostocki", kind: "COUNTY" }, naming("pl"))).toBe(
      "Powiat białostocki",
    );
    expect(coverageUnitName({ name: "Białystok", kind: "CITY_WITH_COUNTY_RIGHTS" }, naming("pl"))).toBe(
      "Miasto Białystok",
    );
  });

  it("keeps the Polish name inside the words of the page's language", () => {
    expect(coverageUnitName({ name: "Łapy", kind: "URBAN_RURAL_MUNICIPALITY" }, naming("en"))).toBe(
      "Łapy municipality (gmina)",
    );
    expect(coverageUnitName({ name: "białostocki", kind: "COUNTY" }, naming("uk"))).toBe(
      "Повіт (powiat) białostocki",
    );
  });
});

describe("coverageAreaName and coverageTypeName", () => {
  const area = { code: "DISABILITY_SUPPORT" as const, name: "wspieranie osób niepełnosprawnych" };
  const type = { code: "RESPITE_CARE" as const, name: "opieka wytchnieniowa" };

  it("keep the API's statutory wording on a Polish page and translate the code on others", () => {
    expect(coverageAreaName(area, "pl")).toBe(area.name);
    expect(coverageAreaName(area, "en")).toBe("support for people with disabilities");
    expect(coverageTypeName(type, "pl")).toBe(type.name);
    expect(coverageTypeName(type, "en")).toBe("respite care");
    expect(coverageTypeName(type, "uk")).not.toBe(type.name);
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
