import { pluralize } from "@/lib/polish-plural";

/** The results count ("Znaleziono 12 podmiotów"): where focus goes after a new search or page. */
export const RESULTS_SUMMARY_ID = "wyniki-podsumowanie";

/** The error summary of a refused search: where focus goes instead of the results. */
export const SEARCH_ERROR_ID = "blad-wyszukiwania";

/** The phrases an announcement is made of, in the page's language (from its dictionary). */
export interface ResultsAnnouncementWords {
  /** Said when nothing matched. */
  none: string;
  /** "Znaleziono 12 wyników", "Found 12 results". */
  found: (total: number) => string;
  /** "strona 2 z 3", "page 2 of 3". */
  pageOf: (page: number, pages: number) => string;
  /** "Nie ma strony 9.", "There is no page 9." */
  noSuchPage: (page: number) => string;
}

/** What the live region says after a new search or page, in the language of `words`. */
export function announceResults(props: {
  total: number;
  page: number;
  pages: number;
  words: ResultsAnnouncementWords;
}): string {
  const { total, page, pages, words } = props;
  if (total === 0) return words.none;
  const found = words.found(total);
  if (page > pages) return `${found}. ${words.noSuchPage(page)}`;
  return pages > 1 ? `${found}, ${words.pageOf(page, pages)}.` : `${found}.`;
}

/**
 * What the live region says after a new search or page of a Polish page: the count and the page, or
 * that nothing matched. `noun` holds the forms "Znaleziono 1 podmiot / 2 podmioty / 5 podmiotów" needs.
 */
export function resultsAnnouncement(props: {
  total: number;
  page: number;
  pages: number;
  noun: { one: string; few: string; many: string };
}): string {
  const { noun } = props;
  return announceResults({
    ...props,
    words: {
      none: `Brak wyników: nie znaleziono żadnych ${noun.many}.`,
      found: (total) => `Znaleziono ${pluralize(total, noun)}`,
      pageOf: (page, pages) => `strona ${page} z ${pages}`,
      noSuchPage: (page) => `Nie ma strony ${page}.`,
    },
  });
}
