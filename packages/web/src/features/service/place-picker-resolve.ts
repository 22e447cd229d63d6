import { graphql } from "@/__generated__";
import type { Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { PLACE_KINDS, REGION_CODE, regionPlaces, toPlace, type Place } from "./place-picker-matches";
import type { ServiceSearch } from "./service-search";

/** The region's namesakes and near misses: a handful, the search being limited to the region. */
const HITS = 30;
const MAX_ALTERNATIVES = 8;

const PlaceSearchQuery = graphql(`
  query PlaceSearch($text: String!, $kinds: [TerritorialUnitKind!], $withinCode: String!, $first: Int!) {
    territorialUnits(search: $text, kinds: $kinds, withinCode: $withinCode, first: $first) {
      edges {
        node {
          code
          name
          kind
          parent {
            code
            name
            kind
          }
        }
      }
    }
  }
`);

const PlaceByCodeQuery = graphql(`
  query PlaceByCode($code: String!) {
    territorialUnit(code: $code) {
      code
      name
      kind
      parent {
        code
        name
        kind
      }
    }
  }
`);

export type PlaceResolution =
  | { status: "none" }
  | { status: "not-found"; text: string }
  /** `redirect`: the URL lacks the code of the place used, so the page moves to one that has it. */
  | { status: "found"; place: Place; alternatives: Place[]; redirect: boolean };

/**
 * The gmina or powiat a search is about. A typed place is looked up with the typo-tolerant search
 * of the register; the code in the URL keeps the resident's choice among namesakes as long as it is
 * one of the matches of the text (a new text starts afresh). A URL with a code and no text (a link
 * from elsewhere) names the unit directly.
 */
export async function resolvePlace(
  search: Pick<ServiceSearch, "place" | "areaCode" | "placeInUrl">,
): Promise<PlaceResolution> {
  if (search.place) {
    const { data } = await query({
      query: PlaceSearchQuery,
      variables: { text: search.place, kinds: [...PLACE_KINDS], withinCode: REGION_CODE, first: HITS },
    });
    const matches = regionPlaces(data?.territorialUnits.edges.map((edge) => edge.node) ?? []);
    const chosen = matches.find((place) => place.code === search.areaCode) ?? matches[0];
    if (!chosen) return { status: "not-found", text: search.place };
    const alternatives = matches.filter((place) => place !== chosen).slice(0, MAX_ALTERNATIVES);
    return { status: "found", place: chosen, alternatives, redirect: chosen.code !== search.areaCode };
  }
  if (search.areaCode && !search.placeInUrl) {
    const { data } = await query({ query: PlaceByCodeQuery, variables: { code: search.areaCode } });
    const place = data?.territorialUnit ? toPlace(data.territorialUnit) : null;
    if (place) return { status: "found", place, alternatives: [], redirect: false };
  }
  return { status: "none" };
}

export const PLACE_NOT_FOUND_TITLE = getMessages("pl").placePicker.notFoundTitle;

/** Why a typed place was not used, for the field and the page's error summary. */
export function placeNotFoundMessage(text: string, locale: Locale = "pl"): string {
  return getMessages(locale).placePicker.notFound(text);
}

/**
 * A search's place resolved: the search with the unit's code to search by (none when the place
 * names nothing), the resolution for the field and its notice, and the field's error if any.
 */
export async function withResolvedPlace<
  TSearch extends Pick<ServiceSearch, "place" | "areaCode" | "placeInUrl">,
>(search: TSearch) {
  const resolution = await resolvePlace(search);
  const areaCode = resolution.status === "found" ? resolution.place.code : "";
  const placeError =
    resolution.status === "not-found"
      ? `${PLACE_NOT_FOUND_TITLE} ${placeNotFoundMessage(resolution.text)}`
      : null;
  return { search: { ...search, areaCode }, resolution, placeError };
}
