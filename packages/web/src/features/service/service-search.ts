import type {
  AccessibilityFeature,
  DeliveryMode,
  ServiceArea,
  ServiceFilter,
  TargetGroup,
} from "@/__generated__/graphql";
import { allParams, firstParam, pageParam, type RawSearchParams } from "@/lib/search-params";
import {
  ACCESSIBILITY_FEATURE_LABELS,
  DELIVERY_MODE_LABELS,
  LANGUAGE_LABELS,
  SERVICE_AREA_LABELS,
  TARGET_GROUP_LABELS,
} from "./service-labels";

export const SERVICES_PATH = "/uslugi";
export const PAGE_SIZE = 20;
/** The API refuses longer text; longer input is cut, not rejected. */
const MAX_TEXT_LENGTH = 200;
const MAX_PLACE_LENGTH = 100;
/** A powiat (4 digits) or gmina (7 digits) of podlaskie, the region of the first deployment. */
const REGION_AREA_CODE = /^20\d{2}(\d{3})?$/;

export type ServiceView = "lista" | "mapa";

/**
 * Everything the services search page reads from its URL, already validated. Unknown or malformed
 * values are dropped, so a hand-edited or outdated link never breaks the page; the text goes to
 * the API as typed, and its BAD_USER_INPUT answer is shown at the field.
 */
export interface ServiceSearch {
  /** Words of the title, type, place or provider (`q`). */
  text: string;
  /** The place as the resident typed it (`gdzie`), resolved by the page to a gmina or powiat. */
  place: string;
  /** False when `gdzie` is not in the URL at all (a link naming only `obszar`). */
  placeInUrl: boolean;
  /** TERYT code the place was resolved to (`obszar`), so that a shared link gives the same unit. */
  areaCode: string;
  areas: ServiceArea[];
  targetGroups: TargetGroup[];
  /** `bezplatne=tak`: free services only. */
  freeOnly: boolean;
  deliveryModes: DeliveryMode[];
  /** The service must have all of these. */
  accessibility: AccessibilityFeature[];
  languages: string[];
  view: ServiceView;
  /** 1-based page number (`strona`). */
  page: number;
}

function keysOf<T extends string>(labels: Record<T, string>): readonly T[] {
  return Object.keys(labels) as T[];
}

const AREAS = keysOf(SERVICE_AREA_LABELS);
const TARGET_GROUPS = keysOf(TARGET_GROUP_LABELS);
const DELIVERY_MODES = keysOf(DELIVERY_MODE_LABELS);
const ACCESSIBILITY_FEATURES = keysOf(ACCESSIBILITY_FEATURE_LABELS);
const LANGUAGES = Object.keys(LANGUAGE_LABELS);

function only<T extends string>(allowed: readonly T[], values: string[]): T[] {
  return values.filter((value): value is T => (allowed as readonly string[]).includes(value));
}

export function parseServiceSearch(params: RawSearchParams): ServiceSearch {
  const areaCode = firstParam(params.obszar);
  return {
    text: firstParam(params.q).slice(0, MAX_TEXT_LENGTH),
    place: firstParam(params.gdzie).slice(0, MAX_PLACE_LENGTH),
    placeInUrl: params.gdzie !== undefined,
    areaCode: REGION_AREA_CODE.test(areaCode) ? areaCode : "",
    areas: only(AREAS, allParams(params.kategoria)),
    targetGroups: only(TARGET_GROUPS, allParams(params.grupa)),
    freeOnly: firstParam(params.bezplatne) === "tak",
    deliveryModes: only(DELIVERY_MODES, allParams(params.sposob)),
    accessibility: only(ACCESSIBILITY_FEATURES, allParams(params.dostepnosc)),
    languages: only(LANGUAGES, allParams(params.jezyk)),
    view: firstParam(params.widok) === "mapa" ? "mapa" : "lista",
    page: pageParam(params.strona),
  };
}

/** The API filter; `areaCode` is the unit the page resolved the place to (null: anywhere). */
export function toServiceFilter(search: ServiceSearch, areaCode: string | null): ServiceFilter {
  const many = <T>(values: T[]) => (values.length > 0 ? values : undefined);
  return {
    text: search.text || undefined,
    areaCode: areaCode ?? undefined,
    serviceAreas: many(search.areas),
    targetGroups: many(search.targetGroups),
    freeOnly: search.freeOnly || undefined,
    deliveryModes: many(search.deliveryModes),
    accessibilityFeatures: many(search.accessibility),
    languages: many(search.languages),
  };
}

/** True when anything narrows the search (used to word the empty state). */
export function hasFilters(search: ServiceSearch): boolean {
  return search.text !== "" || search.place !== "" || search.areaCode !== "" || narrowedByChoice(search);
}

/** True when a facet (a checkbox of the form) narrows the search. */
export function narrowedByChoice(search: ServiceSearch): boolean {
  return (
    search.areas.length > 0 ||
    search.targetGroups.length > 0 ||
    search.freeOnly ||
    search.deliveryModes.length > 0 ||
    search.accessibility.length > 0 ||
    search.languages.length > 0
  );
}

/**
 * The shareable URL of a search, in the parameter names and order the form submits them, with
 * defaults left out (the list view, page 1).
 */
export function serviceSearchHref(
  search: ServiceSearch,
  options: { page?: number; view?: ServiceView } = {},
): string {
  const params = new URLSearchParams();
  if (search.text) params.append("q", search.text);
  if (search.place) params.append("gdzie", search.place);
  if (search.areaCode) params.append("obszar", search.areaCode);
  for (const area of search.areas) params.append("kategoria", area);
  for (const group of search.targetGroups) params.append("grupa", group);
  if (search.freeOnly) params.append("bezplatne", "tak");
  for (const mode of search.deliveryModes) params.append("sposob", mode);
  for (const feature of search.accessibility) params.append("dostepnosc", feature);
  for (const language of search.languages) params.append("jezyk", language);
  const view = options.view ?? search.view;
  if (view === "mapa") params.append("widok", "mapa");
  const page = options.page ?? 1;
  if (page > 1) params.append("strona", String(page));
  const query = params.toString();
  return query ? `${SERVICES_PATH}?${query}` : SERVICES_PATH;
}
