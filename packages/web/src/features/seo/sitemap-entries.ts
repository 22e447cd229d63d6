import type { MetadataRoute } from "next";
import { journeyHref, JOURNEYS } from "@/features/journeys/journeys";
import { languageUrls } from "@/i18n/alternates";
import { LOCALES } from "@/i18n/locales";
import { absoluteUrl } from "./json-ld";

/** Pages about the site itself, linked from the footer. */
export const SITE_INFO_PATHS = [
  "/o-serwisie",
  "/deklaracja-dostepnosci",
  "/kontakt",
  "/polityka-prywatnosci",
  "/api",
];

/** The API documentation's own pages besides /api; its console is left out, as /szukaj is. */
export const API_DOCS_PATHS = ["/api/zmiany"];

/** Section pages; /szukaj is left out: result pages are not worth indexing. */
export const SECTION_PATHS = [
  "/",
  "/uslugi",
  "/podmioty",
  "/zakup-prospoleczny",
  "/zakupy-prospoleczne",
  "/dokumenty",
  "/dokumenty/lpdi",
  "/dobre-praktyki",
  "/wydarzenia",
  "/dane",
];

/** The resident's questions, answered in every language. */
export const JOURNEY_PATHS = JOURNEYS.map(journeyHref);

/** Single pages whose UI exists in every language (/szukaj too, though the sitemap leaves it out). */
const TRANSLATED_PAGES = new Set([
  "/",
  "/uslugi",
  "/szukaj",
  "/dobre-praktyki",
  "/wydarzenia",
  "/podmioty",
  "/zakup-prospoleczny",
  "/dokumenty",
  "/dokumenty/lpdi",
  "/dane",
  "/gminy",
  ...SITE_INFO_PATHS,
  ...API_DOCS_PATHS,
  "/api/konsola",
]);

/** Pages whose UI exists in every language; the others are Polish only. */
export function isTranslatedPath(path: string): boolean {
  return (
    TRANSLATED_PAGES.has(path) ||
    /^\/(uslugi|pomoc|dobre-praktyki|wydarzenia|podmioty|dokumenty|gminy)\/[^/]+$/.test(path)
  );
}

/** A published record with a page of its own. */
export interface DetailPage {
  path: string;
  updatedAt?: string | null;
}

/**
 * A page's entries: one for a Polish-only page; one per language for a translated page, each
 * naming all the versions (hreflang), as search engines want every version listed.
 */
function entriesOf(base: string, path: string, lastModified?: string): MetadataRoute.Sitemap {
  if (!isTranslatedPath(path)) return [{ url: absoluteUrl(base, path), lastModified }];
  const languages = languageUrls(path, base);
  return LOCALES.map((locale) => ({ url: languages[locale], lastModified, alternates: { languages } }));
}

/** The sitemap: sections and the journeys first, then every detail page, all absolute under `base`. */
export function sitemapEntries(base: string, details: DetailPage[]): MetadataRoute.Sitemap {
  return [
    ...[...SECTION_PATHS, ...JOURNEY_PATHS, ...SITE_INFO_PATHS, ...API_DOCS_PATHS].flatMap((path) =>
      entriesOf(base, path),
    ),
    ...details.flatMap(({ path, updatedAt }) => entriesOf(base, path, updatedAt ?? undefined)),
  ];
}
