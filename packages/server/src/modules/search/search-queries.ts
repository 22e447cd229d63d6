import {
  ancestorCodes,
  DOCUMENT_PAGES_INDEX,
  foldPolish,
  GOOD_PRACTICES_INDEX,
  ORGANIZATIONS_INDEX,
  SERVICE_TYPE_AREA,
  SERVICES_INDEX,
  TERRITORIAL_UNITS_INDEX,
  toSearchQuery,
  type ServiceArea,
} from "@obserwatorium/schema";
import type { FederatedQuery, FilterCondition } from "@obserwatorium/search-indexer";
import { preferMatching } from "../common/text-ranking";
import type { SearchFilterInput, SearchNearInput } from "./dto/search.args";
import { SEARCH_HIT_TYPES, type SearchHitType } from "./search.enums";

export const INDEX_OF_TYPE: Record<SearchHitType, string> = {
  SERVICE: SERVICES_INDEX,
  ORGANIZATION: ORGANIZATIONS_INDEX,
  GOOD_PRACTICE: GOOD_PRACTICES_INDEX,
  DOCUMENT: DOCUMENT_PAGES_INDEX,
  TERRITORIAL_UNIT: TERRITORIAL_UNITS_INDEX,
};
export const TYPE_OF_INDEX = Object.fromEntries(
  Object.entries(INDEX_OF_TYPE).map(([type, index]) => [index, type as SearchHitType]),
) as Record<string, SearchHitType>;

export const HIGHLIGHT_START = "\u0001";
export const HIGHLIGHT_END = "\u0002";
const SNIPPET_WORDS = 20;

// Anonymous or not, the site-wide search shows published records only: a constant, never input.
const PUBLISHED: FilterCondition = { attribute: "publicationState", anyOf: ["PUBLISHED"] };

/** Where each type finds the text of its snippet and the facets it counts. */
const SHAPE: Record<SearchHitType, { snippet: string; facets: string[]; weight: number }> = {
  SERVICE: { snippet: "description", facets: ["publicationState", "serviceArea", "targetGroups"], weight: 1 },
  // "gops łapy" means the institution, ahead of the services it provides.
  ORGANIZATION: { snippet: "description", facets: ["publicationState", "legalForm"], weight: 1.1 },
  GOOD_PRACTICE: {
    snippet: "summary",
    facets: ["publicationState", "serviceAreas", "targetGroups"],
    weight: 0.9,
  },
  DOCUMENT: { snippet: "textFolded", facets: ["publicationState", "kind"], weight: 0.8 },
  // A query that is just a place name wants the place; a place inside a longer query matches
  // only one of its words, which ranks it low whatever the weight.
  TERRITORIAL_UNIT: { snippet: "name", facets: ["level"], weight: 1.2 },
};

/**
 * The filter conditions of one type, or null when a given filter does not apply to it (then the
 * type is left out: asking for legal forms means asking for organizations).
 */
export function conditionsFor(
  type: SearchHitType,
  filter: SearchFilterInput,
  near: SearchNearInput | null | undefined,
): FilterCondition[] | null {
  const conditions: FilterCondition[] = type === "TERRITORIAL_UNIT" ? [] : [PUBLISHED];
  const applies = (ok: boolean, condition?: FilterCondition) => {
    if (!ok) return false;
    if (condition) conditions.push(condition);
    return true;
  };
  const has = <T>(values: T[] | null | undefined): values is T[] => Boolean(values?.length);
  if (filter.areaCode) {
    conditions.push(
      type === "TERRITORIAL_UNIT"
        ? { attribute: "ancestorCodes", anyOf: [filter.areaCode] }
        : overlappingArea(filter.areaCode),
    );
  }
  if (has(filter.serviceAreas)) {
    const areas = filter.serviceAreas;
    if (
      !applies(type === "SERVICE", { attribute: "serviceArea", anyOf: areas }) &&
      !applies(type === "GOOD_PRACTICE", { attribute: "serviceAreas", anyOf: areas })
    )
      return null;
  }
  if (has(filter.targetGroups)) {
    const groups = filter.targetGroups;
    if (
      !applies(type === "SERVICE" || type === "GOOD_PRACTICE", { attribute: "targetGroups", anyOf: groups })
    )
      return null;
  }
  if (
    has(filter.legalForms) &&
    !applies(type === "ORGANIZATION", { attribute: "legalForm", anyOf: filter.legalForms })
  )
    return null;
  if (
    filter.hasActiveCertificate &&
    !applies(type === "ORGANIZATION", { attribute: "certificateTypes", notEmpty: true })
  )
    return null;
  if (
    has(filter.documentKinds) &&
    !applies(type === "DOCUMENT", { attribute: "kind", anyOf: filter.documentKinds })
  )
    return null;
  if (filter.freeOnly && !applies(type === "SERVICE", { attribute: "costKind", anyOf: ["FREE"] }))
    return null;
  if (
    has(filter.languages) &&
    !applies(type === "SERVICE", { attribute: "languages", anyOf: filter.languages })
  )
    return null;
  if (near) {
    const geo = { lat: near.latitude, lng: near.longitude, meters: near.radiusKm * 1000 };
    if (!applies(type === "SERVICE", { geoRadius: geo })) return null;
  }
  return conditions;
}

/**
 * The catalogue's containment rule (teryt_overlaps in SQL): a record attached to a unit inside the
 * chosen area, or to a unit containing it — a powiat-wide service is found in each of its gminy.
 */
export function overlappingArea(code: string): FilterCondition {
  const containing = /^\d{2}(\d{2}(\d{3})?)?$/.test(code) ? ancestorCodes(code) : [];
  const inside: FilterCondition = { attribute: "areaCodes", anyOf: [code] };
  return containing.length ? { either: [inside, { attribute: "unitCodes", anyOf: containing }] } : inside;
}

export interface SearchedType {
  type: SearchHitType;
  conditions: FilterCondition[];
  /** The chosen area: services located in it rank before those merely serving it. */
  locatedIn?: string;
}

/** The types a search covers: those asked for (all by default) that every filter applies to. */
export function searchedTypes(
  types: SearchHitType[] | null | undefined,
  filter: SearchFilterInput,
  near: SearchNearInput | null | undefined,
): SearchedType[] {
  return (types?.length ? SEARCH_HIT_TYPES.filter((type) => types.includes(type)) : SEARCH_HIT_TYPES)
    .map((type) => ({
      type,
      conditions: conditionsFor(type, filter, near),
      ...(type === "SERVICE" && filter.areaCode ? { locatedIn: filter.areaCode } : {}),
    }))
    .filter((entry): entry is SearchedType => entry.conditions !== null);
}

/** One federated query per searched type; places are matched by folded name, the rest by stems. */
export function federatedQueries(query: string, searched: SearchedType[]): FederatedQuery[] {
  return searched.flatMap(({ type, conditions, locatedIn }) => {
    const federated: FederatedQuery = {
      index: INDEX_OF_TYPE[type],
      query: type === "TERRITORIAL_UNIT" ? foldPolish(query) : toSearchQuery(query),
      filter: conditions,
      weight: SHAPE[type].weight,
      facets: SHAPE[type].facets,
      highlight: {
        attributes: [SHAPE[type].snippet],
        cropWords: type === "TERRITORIAL_UNIT" ? undefined : SNIPPET_WORDS,
        preTag: HIGHLIGHT_START,
        postTag: HIGHLIGHT_END,
      },
    };
    return locatedIn
      ? preferMatching(federated, { attribute: "locationAreaCodes", anyOf: [locatedIn] })
      : [federated];
  });
}

export function snippetAttribute(type: SearchHitType): string {
  return SHAPE[type].snippet;
}

/** The service area of each service type, for filters checked in PostgreSQL. */
export function serviceAreaOf(serviceType: keyof typeof SERVICE_TYPE_AREA): ServiceArea {
  return SERVICE_TYPE_AREA[serviceType];
}
