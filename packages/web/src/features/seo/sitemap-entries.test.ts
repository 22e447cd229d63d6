import { describe, expect, it } from "vitest";
import { localeHref } from "@/i18n/locales";
import { SITE_INFO_PATHS, sitemapEntries } from "./sitemap-entries";

describe("sitemapEntries", () => {
  const base = "https://obserwatorium.pl";
  const urls = sitemapEntries(base, [
    { path: "/uslugi/opieka-lapy", updatedAt: "2026-01-02T10:00:00.000Z" },
    { path: "/dobre-praktyki/klub-seniora", updatedAt: null },
    { path: "/wydarzenia/szkolenie-lpdi", updatedAt: null },
    { path: "/podmioty/fundacja", updatedAt: null },
  ]);

  it("lists sections, journeys, the pages about the site and every detail page, absolute; never /szukaj", () => {
    expect(urls.map((entry) => entry.url)).toEqual(
      expect.arrayContaining([
        `${base}/`,
        `${base}/dokumenty/lpdi`,
        `${base}/deklaracja-dostepnosci`,
        `${base}/pomoc/osoba-starsza`,
        `${base}/uslugi/opieka-lapy`,
        `${base}/podmioty/fundacja`,
      ]),
    );
    expect(urls.some((entry) => entry.url.includes("/szukaj"))).toBe(false);
    expect(urls.at(-1)).toMatchObject({ url: `${base}/uk/podmioty/fundacja`, lastModified: undefined });
  });

  it("lists a translated page once per language, each with hreflang links to all of them", () => {
    const languages = {
      pl: `${base}/uslugi/opieka-lapy`,
      en: `${base}/en/uslugi/opieka-lapy`,
      uk: `${base}/uk/uslugi/opieka-lapy`,
      "x-default": `${base}/uslugi/opieka-lapy`,
    };
    const service = urls.filter((entry) => entry.url.endsWith("/uslugi/opieka-lapy"));
    expect(service).toEqual(
      ["pl", "en", "uk"].map((locale) => ({
        url: languages[locale as keyof typeof languages],
        lastModified: "2026-01-02T10:00:00.000Z",
        alternates: { languages },
      })),
    );
    for (const path of [
      "/",
      "/uslugi",
      "/pomoc/rodzina-w-kryzysie",
      "/dobre-praktyki",
      "/dobre-praktyki/klub-seniora",
      "/wydarzenia",
      "/wydarzenia/szkolenie-lpdi",
      "/podmioty",
      "/podmioty/fundacja",
      "/zakup-prospoleczny",
      ...SITE_INFO_PATHS,
    ]) {
      expect(
        urls.filter((entry) => entry.url === `${base}${localeHref("uk", path)}`),
        path,
      ).toHaveLength(1);
    }
    expect(urls.find((entry) => entry.url === `${base}/en/deklaracja-dostepnosci`)?.alternates).toEqual({
      languages: {
        pl: `${base}/deklaracja-dostepnosci`,
        en: `${base}/en/deklaracja-dostepnosci`,
        uk: `${base}/uk/deklaracja-dostepnosci`,
        "x-default": `${base}/deklaracja-dostepnosci`,
      },
    });
    // Polish-only pages have no other versions to point to.
    expect(urls.some((entry) => entry.url.startsWith(`${base}/en/zakupy-prospoleczne`))).toBe(false);
    expect(urls.find((entry) => entry.url === `${base}/zakupy-prospoleczne`)?.alternates).toBeUndefined();
  });
});
