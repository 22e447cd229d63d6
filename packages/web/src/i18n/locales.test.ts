import { describe, expect, it } from "vitest";
import { alternates } from "./alternates";
import { isLocale, localeHref, LOCALES, splitLocale } from "./locales";

describe("locales", () => {
  it("are Polish (the default), English and Ukrainian", () => {
    expect(LOCALES).toEqual(["pl", "en", "uk"]);
    expect(LOCALES.every(isLocale)).toBe(true);
    for (const value of ["de", "PL", "", undefined, 1]) expect(isLocale(value)).toBe(false);
  });

  it("prefix paths in every language but Polish", () => {
    expect(localeHref("pl", "/uslugi?grupa=CARERS")).toBe("/uslugi?grupa=CARERS");
    expect(localeHref("pl", "/")).toBe("/");
    expect(localeHref("en", "/")).toBe("/en");
    expect(localeHref("uk", "/pomoc/osoba-starsza")).toBe("/uk/pomoc/osoba-starsza");
    expect(localeHref("en", "/uslugi?grupa=CARERS")).toBe("/en/uslugi?grupa=CARERS");
    expect(localeHref("uk", "/?woj=20")).toBe("/uk?woj=20");
  });

  it("split a URL path back into its language and the unprefixed path", () => {
    expect(splitLocale("/")).toEqual({ locale: "pl", path: "/" });
    expect(splitLocale("/uslugi/x")).toEqual({ locale: "pl", path: "/uslugi/x" });
    expect(splitLocale("/pl/uslugi")).toEqual({ locale: "pl", path: "/uslugi" });
    expect(splitLocale("/en")).toEqual({ locale: "en", path: "/" });
    expect(splitLocale("/uk/pomoc/osoba-starsza")).toEqual({ locale: "uk", path: "/pomoc/osoba-starsza" });
    expect(splitLocale("/english")).toEqual({ locale: "pl", path: "/english" });
    for (const locale of LOCALES) {
      expect(splitLocale(localeHref(locale, "/dane"))).toEqual({ locale, path: "/dane" });
    }
  });

  it("give a translated page absolute hreflang links to every language, Polish as x-default", () => {
    expect(alternates("uk", "/pomoc/osoba-starsza", "https://obs.example")).toEqual({
      canonical: "https://obs.example/uk/pomoc/osoba-starsza",
      languages: {
        pl: "https://obs.example/pomoc/osoba-starsza",
        en: "https://obs.example/en/pomoc/osoba-starsza",
        uk: "https://obs.example/uk/pomoc/osoba-starsza",
        "x-default": "https://obs.example/pomoc/osoba-starsza",
      },
    });
  });
});
