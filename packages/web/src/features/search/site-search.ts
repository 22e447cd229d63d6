import type {
  DocumentKind,
  LegalForm,
  SearchFilter,
  SearchHitType,
  ServiceArea,
  TargetGroup,
} from "@/__generated__/graphql";
import { DOCUMENT_KIND_LABELS } from "@/features/document/document-labels";
import { LEGAL_FORM_LABELS } from "@/features/organization/labels";
import { SERVICE_AREA_LABELS, TARGET_GROUP_LABELS } from "@/features/service/service-labels";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { allParams, firstParam, pageParam, type RawSearchParams } from "@/lib/search-params";

export const SEARCH_PATH = "/szukaj";
export const PAGE_SIZE = 20;
/** The API refuses longer queries; longer input is cut, not rejected. */
const MAX_QUERY_LENGTH = 200;
const MAX_PLACE_LENGTH = 100;
/** A powiat (4 digits) or gmina (7 digits) of podlaskie, the region of the first deployment. */
const REGION_AREA_CODE = /^20\d{2}(\d{3})?$/;

/**
 * The kinds of hits, in the order the filter lists them, with their Polish URL values and labels
 * (other languages take theirs from the dictionary's `search.types`).
 */
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
  /** The place as typed (`gdzie`), resolved by the page to a gmina or powiat. */
  place: string;
  /** False when `gdzie` is not in the URL at all (a link naming only `obszar`). */
  placeInUrl: boolean;
  /** TERYT code the place was resolved to (`obszar`). */
  areaCode: string;
  /** Areas of social policy (`kategoria`): services and good practices. */
  serviceAreas: ServiceArea[];
  /** Who it is for (`grupa`): services and good practices. */
  targetGroups: TargetGroup[];
  /** Legal forms (`forma`): organizations. */
  legalForms: LegalForm[];
  /** Kinds of document (`rodzaj`). */
  documentKinds: DocumentKind[];
  /** `bezplatne=tak`: free services only. */
  freeOnly: boolean;
  /** 1-based page number (`strona`). */
  page: number;
}

export const EMPTY_SITE_SEARCH: SiteSearch = {
  text: "",
  types: [],
  place: "",
  placeInUrl: false,
  areaCode: "",
  serviceAreas: [],
  targetGroups: [],
  legalForms: [],
  documentKinds: [],
  freeOnly: false,
  page: 1,
};

function only<T extends string>(labels: Record<T, string>, values: string[]): T[] {
  return values.filter((value): value is T => Object.hasOwn(labels, value));
}

export function parseSiteSearch(params: RawSearchParams): SiteSearch {
  const chosen = allParams(params.typ);
  const areaCode = firstParam(params.obszar);
  return {
    text: firstParam(params.q).slice(0, MAX_QUERY_LENGTH),
    types: SEARCH_TYPES.filter((entry) => chosen.includes(entry.param)).map((entry) => entry.type),
    place: firstParam(params.gdzie).slice(0, MAX_PLACE_LENGTH),
    placeInUrl: params.gdzie !== undefined,
    areaCode: REGION_AREA_CODE.test(areaCode) ? areaCode : "",
    serviceAreas: only(SERVICE_AREA_LABELS, allParams(params.kategoria)),
    targetGroups: only(TARGET_GROUP_LABELS, allParams(params.grupa)),
    legalForms: only(LEGAL_FORM_LABELS, allParams(params.forma)),
    documentKinds: only(DOCUMENT_KIND_LABELS, allParams(params.rodzaj)),
    freeOnly: firstParam(params.bezplatne) === "tak",
    page: pageParam(params.strona),
  };
}

/** The search's filters as the API takes them; null when there are none. */
export function siteSearchFilter(search: SiteSearch): SearchFilter | null {
  const filter: SearchFilter = {
    ...(search.areaCode && { areaCode: search.areaCode }),
    ...(search.serviceAreas.length && { serviceAreas: search.serviceAreas }),
    ...(search.targetGroups.length && { targetGroups: search.targetGroups }),
    ...(search.legalForms.length && { legalForms: search.legalForms }),
    ...(search.documentKinds.length && { documentKinds: search.documentKinds }),
    ...(search.freeOnly && { freeOnly: true }),
  };
  return Object.keys(filter).length ? filter : null;
}

/** The shareable URL of a search, in the order the form submits its fields, page 1 left out. */
export function siteSearchHref(search: SiteSearch, options: { page?: number } = {}): string {
  const params = new URLSearchParams();
  if (search.text) params.append("q", search.text);
  for (const entry of SEARCH_TYPES) {
    if (search.types.includes(entry.type)) params.append("typ", entry.param);
  }
  if (search.place) params.append("gdzie", search.place);
  if (search.areaCode) params.append("obszar", search.areaCode);
  for (const value of search.serviceAreas) params.append("kategoria", value);
  for (const value of search.targetGroups) params.append("grupa", value);
  for (const value of search.legalForms) params.append("forma", value);
  for (const value of search.documentKinds) params.append("rodzaj", value);
  if (search.freeOnly) params.append("bezplatne", "tak");
  const page = options.page ?? 1;
  if (page > 1) params.append("strona", String(page));
  const query = params.toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/** A hit's kind as its list shows it, in the page's language. */
export function typeLabel(type: SearchHitType, locale: Locale = DEFAULT_LOCALE): string {
  const words = getMessages(locale).search;
  // A kind added to the API before the dictionaries gets the generic word.
  const entry: { label: string } | undefined = words.types[type];
  return entry?.label ?? words.anyType;
}
