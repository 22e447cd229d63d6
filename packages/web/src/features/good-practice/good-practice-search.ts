import type { GoodPracticeFilter, ServiceArea, TargetGroup } from "@/__generated__/graphql";
import { SERVICE_AREA_LABELS, TARGET_GROUP_LABELS } from "@/features/service/service-labels";
import { allParams, firstParam, pageParam, type RawSearchParams } from "@/lib/search-params";

export const GOOD_PRACTICES_PATH = "/dobre-praktyki";
export const PAGE_SIZE = 20;
/** The API refuses longer text; longer input is cut, not rejected. */
const MAX_TEXT_LENGTH = 200;
const MAX_PLACE_LENGTH = 100;
/** A powiat (4 digits) or gmina (7 digits) of podlaskie, the region of the first deployment. */
const REGION_AREA_CODE = /^20\d{2}(\d{3})?$/;
/** The first year the period fields offer; the knowledge base starts with the 2014–2020 programmes. */
export const FIRST_PERIOD_YEAR = 2014;

/** Everything the good practices page reads from its URL, already validated (see ServiceSearch). */
export interface GoodPracticeSearch {
  /** Words of the title, summary, body, place or organization (`q`). */
  text: string;
  /** The place as typed (`gdzie`), resolved by the page to a gmina or powiat. */
  place: string;
  placeInUrl: boolean;
  /** TERYT code the place was resolved to (`obszar`). */
  areaCode: string;
  areas: ServiceArea[];
  targetGroups: TargetGroup[];
  /** Carried out in or after this year (`od`); null: any. */
  fromYear: number | null;
  /** Carried out in or before this year (`do`); null: any. */
  toYear: number | null;
  page: number;
}

function only<T extends string>(labels: Record<T, string>, values: string[]): T[] {
  return values.filter((value): value is T => Object.hasOwn(labels, value));
}

/** A year the period fields offer, or null. */
function yearParam(value: RawSearchParams[string], lastYear: number): number | null {
  const text = firstParam(value);
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= FIRST_PERIOD_YEAR && year <= lastYear ? year : null;
}

/** The years the period fields offer, newest first. */
export function periodYears(lastYear: number): number[] {
  return Array.from({ length: lastYear - FIRST_PERIOD_YEAR + 1 }, (_, index) => lastYear - index);
}

/**
 * Reads the URL. `lastYear` is the last year the period fields offer (the current one). Years given
 * the wrong way round are swapped: the form then shows the period that was searched.
 */
export function parseGoodPracticeSearch(params: RawSearchParams, lastYear: number): GoodPracticeSearch {
  const areaCode = firstParam(params.obszar);
  let fromYear = yearParam(params.od, lastYear);
  let toYear = yearParam(params.do, lastYear);
  if (fromYear !== null && toYear !== null && fromYear > toYear) [fromYear, toYear] = [toYear, fromYear];
  return {
    text: firstParam(params.q).slice(0, MAX_TEXT_LENGTH),
    place: firstParam(params.gdzie).slice(0, MAX_PLACE_LENGTH),
    placeInUrl: params.gdzie !== undefined,
    areaCode: REGION_AREA_CODE.test(areaCode) ? areaCode : "",
    areas: only(SERVICE_AREA_LABELS, allParams(params.kategoria)),
    targetGroups: only(TARGET_GROUP_LABELS, allParams(params.grupa)),
    fromYear,
    toYear,
    page: pageParam(params.strona),
  };
}

/** The API filter; `areaCode` is the unit the page resolved the place to (null: anywhere). */
export function toGoodPracticeFilter(
  search: GoodPracticeSearch,
  areaCode: string | null,
): GoodPracticeFilter {
  const many = <T>(values: T[]) => (values.length > 0 ? values : undefined);
  return {
    text: search.text || undefined,
    areaCode: areaCode ?? undefined,
    serviceAreas: many(search.areas),
    targetGroups: many(search.targetGroups),
    fromYear: search.fromYear ?? undefined,
    toYear: search.toYear ?? undefined,
  };
}

/** True when a facet or the period narrows the search. */
export function narrowedByChoice(search: GoodPracticeSearch): boolean {
  return (
    search.areas.length > 0 ||
    search.targetGroups.length > 0 ||
    search.fromYear !== null ||
    search.toYear !== null
  );
}

/** True when anything narrows the search (used to word the empty state). */
export function hasFilters(search: GoodPracticeSearch): boolean {
  return search.text !== "" || search.place !== "" || search.areaCode !== "" || narrowedByChoice(search);
}

/** The shareable URL of a search, in the order the form submits its fields, page 1 left out. */
export function goodPracticeSearchHref(search: GoodPracticeSearch, options: { page?: number } = {}): string {
  const params = new URLSearchParams();
  if (search.text) params.append("q", search.text);
  if (search.place) params.append("gdzie", search.place);
  if (search.areaCode) params.append("obszar", search.areaCode);
  for (const area of search.areas) params.append("kategoria", area);
  for (const group of search.targetGroups) params.append("grupa", group);
  if (search.fromYear !== null) params.append("od", String(search.fromYear));
  if (search.toYear !== null) params.append("do", String(search.toYear));
  const page = options.page ?? 1;
  if (page > 1) params.append("strona", String(page));
  const query = params.toString();
  return query ? `${GOOD_PRACTICES_PATH}?${query}` : GOOD_PRACTICES_PATH;
}
