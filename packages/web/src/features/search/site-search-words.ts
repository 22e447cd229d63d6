import type { Messages } from "@/i18n/messages";

/** At most this many completions under the header box (/szukaj/podpowiedzi cuts the list). */
export const MAX_SUGGESTIONS = 8;

/** The header box's words as the browser gets them: each count's sentence spelled out. */
export type SiteSearchWords = Omit<Messages["searchBox"], "found"> & { found: string[] };

/** Functions cannot cross from the server to a client component, so the plural is resolved here. */
export function siteSearchWords(words: Messages["searchBox"]): SiteSearchWords {
  return { ...words, found: Array.from({ length: MAX_SUGGESTIONS + 1 }, (_, count) => words.found(count)) };
}
