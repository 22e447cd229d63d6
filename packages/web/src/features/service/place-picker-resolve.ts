import { graphql } from "@/__generated__";
import { query } from "@/lib/apollo/rsc-client";
import { PLACE_KINDS, regionPlaces, toPlace, type Place } from "./place-picker-matches";
import type { ServiceSearch } from "./service-search";

/** Enough hits of the whole country for the region's few namesakes and near misses to be among them. */
const HITS = 200;
const MAX_ALTERNATIVES = 8;

const PlaceSearchQuery = graphql(`
  query PlaceSearch($text: String!, $kinds: [TerritorialUnitKind!], $first: Int!) {
    territorialUnits(search: $text, kinds: $kinds, first: $first) {
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
      variables: { text: search.place, kinds: [...PLACE_KINDS], first: HITS },
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
