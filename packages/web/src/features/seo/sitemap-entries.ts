import type { MetadataRoute } from "next";
import { absoluteUrl } from "./json-ld";

/** Pages about the site itself, linked from the footer. */
export const SITE_INFO_PATHS = [
  "/o-serwisie",
  "/deklaracja-dostepnosci",
  "/kontakt",
  "/polityka-prywatnosci",
];

/** Section pages; /szukaj is left out: result pages are not worth indexing. */
export const SECTION_PATHS = [
  "/",
  "/uslugi",
  "/podmioty",
  "/zakup-prospoleczny",
  "/dokumenty",
  "/dokumenty/lpdi",
  "/dobre-praktyki",
  "/dane",
];

/** A published record with a page of its own. */
export interface DetailPage {
  path: string;
  updatedAt?: string | null;
}

/** The sitemap: sections first, then every detail page, all absolute under `base`. */
export function sitemapEntries(base: string, details: DetailPage[]): MetadataRoute.Sitemap {
  return [
    ...SECTION_PATHS.map((path) => ({ url: absoluteUrl(base, path) })),
    ...SITE_INFO_PATHS.map((path) => ({ url: absoluteUrl(base, path) })),
    ...details.map(({ path, updatedAt }) => ({
      url: absoluteUrl(base, path),
      lastModified: updatedAt ?? undefined,
    })),
  ];
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Safety stop for a cursor that never ends: 1000 pages of 100 records is far above the registry. */
const MAX_PAGES = 1000;

/** Follows a cursor connection to its end, one page after another. */
export async function collectAllPages<T>(
  fetchPage: (after: string | null) => Promise<Page<T>>,
): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (let count = 0; count < MAX_PAGES; count++) {
    const page: Page<T> = await fetchPage(after);
    all.push(...page.nodes);
    if (!page.hasNextPage || !page.endCursor || page.endCursor === after) return all;
    after = page.endCursor;
  }
  return all;
}
