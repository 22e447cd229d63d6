import { pluralize } from "@/lib/polish-plural";

/** The results count ("Znaleziono 12 podmiotów"): where focus goes after a new search or page. */
export const RESULTS_SUMMARY_ID = "wyniki-podsumowanie";

/** The error summary of a refused search: where focus goes instead of the results. */
export const SEARCH_ERROR_ID = "blad-wyszukiwania";

/**
 * What the live region says after a new search or page: the count and the page, or that nothing
 * matched. `noun` holds the forms "Znaleziono 1 podmiot / 2 podmioty / 5 podmiotów" needs.
 */
export function resultsAnnouncement(props: {
  total: number;
  page: number;
  pages: number;
  noun: { one: string; few: string; many: string };
}): string {
  const { total, page, pages, noun } = props;
  if (total === 0) return `Brak wyników: nie znaleziono żadnych ${noun.many}.`;
  const found = `Znaleziono ${pluralize(total, noun)}`;
  if (page > pages) return `${found}. Nie ma strony ${page}.`;
  return pages > 1 ? `${found}, strona ${page} z ${pages}.` : `${found}.`;
}
