import type { SearchHitType } from "@/__generated__/graphql";
import { allParams, firstParam, pageParam, type RawSearchParams } from "@/lib/search-params";

export const SEARCH_PATH = "/szukaj";
export const PAGE_SIZE = 20;
/** The API refuses longer queries; longer input is cut, not rejected. */
const MAX_QUERY_LENGTH = 200;

/** The kinds of hits, in the order the filter lists them, with their Polish URL values and labels. */
export const SEARCH_TYPES: { type: SearchHitType; param: string; label: string; plural: string }[] = [
  { type: "SERVICE", param: "uslugi", label: "Usługa", plural: "Usługi" },
  { type: "ORGANIZATION", param: "podmioty", label: "Podmiot", plural: "Podmioty" },
  { type: "GOOD_PRACTICE", param: "dobre-praktyki", label: "Dobra praktyka", plural: "Dobre praktyki" },
  { type: "DOCUMENT", param: "dokumenty", label: "Dokument", plural: "Dokumenty" },
  { type: "TERRITORIAL_UNIT", param: "miejsca", label: "Miejsce", plural: "Gminy i powiaty" },
];

/** Everything /szukaj reads from its URL, validated: unknown values are dropped, never an error. */
export interface SiteSearch {
  /** What to look for (`q`). */
  text: string;
  /** Only these kinds of hits (`typ`, repeated); empty for all. */
  types: SearchHitType[];
  /** 1-based page number (`strona`). */
  page: number;
}

export function parseSiteSearch(params: RawSearchParams): SiteSearch {
  const chosen = allParams(params.typ);
  return {
    text: firstParam(params.q).slice(0, MAX_QUERY_LENGTH),
    types: SEARCH_TYPES.filter((entry) => chosen.includes(entry.param)).map((entry) => entry.type),
    page: pageParam(params.strona),
  };
}

/** The shareable URL of a search, in the order the form submits its fields, page 1 left out. */
export function siteSearchHref(search: SiteSearch, options: { page?: number } = {}): string {
  const params = new URLSearchParams();
  if (search.text) params.append("q", search.text);
  for (const entry of SEARCH_TYPES) {
    if (search.types.includes(entry.type)) params.append("typ", entry.param);
  }
  const page = options.page ?? 1;
  if (page > 1) params.append("strona", String(page));
  const query = params.toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

export function typeLabel(type: SearchHitType): string {
  return SEARCH_TYPES.find((entry) => entry.type === type)?.label ?? "Wynik";
}
