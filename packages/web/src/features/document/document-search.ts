import type { DocumentFilter, DocumentKind, DocumentStatus } from "@/__generated__/graphql";
import { allParams, firstParam, pageParam, type RawSearchParams } from "@/lib/search-params";
import { DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS } from "./document-labels";

export const DOCUMENTS_PATH = "/dokumenty";
export const PAGE_SIZE = 20;

/** The API refuses longer text; longer input is cut, not rejected. */
const MAX_TEXT_LENGTH = 200;
/** The województwo, a powiat or a gmina of podlaskie, the region of the first deployment. */
const REGION_AREA_CODE = /^20(\d{2}(\d{3})?)?$/;
/** The years the API accepts. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

/**
 * Everything the documents search page reads from its URL, already validated. Unknown or malformed
 * values are dropped, so a hand-edited or outdated link never breaks the page.
 */
export interface DocumentSearch {
  /** Words or a phrase of the text, title or place (`q`). */
  text: string;
  kinds: DocumentKind[];
  /** TERYT code of the JST (`obszar`); its documents and those of the units around it. */
  areaCode: string;
  /** The period covered includes this year (`rok`). */
  year: number | null;
  statuses: DocumentStatus[];
  /** 1-based page number (`strona`). */
  page: number;
}

const KINDS = Object.keys(DOCUMENT_KIND_LABELS) as DocumentKind[];
const STATUSES = Object.keys(DOCUMENT_STATUS_LABELS) as DocumentStatus[];

function only<T extends string>(allowed: readonly T[], values: string[]): T[] {
  return values.filter((value): value is T => (allowed as readonly string[]).includes(value));
}

function yearParam(value: string): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

export function parseDocumentSearch(params: RawSearchParams): DocumentSearch {
  const areaCode = firstParam(params.obszar);
  return {
    text: firstParam(params.q).slice(0, MAX_TEXT_LENGTH),
    kinds: only(KINDS, allParams(params.rodzaj)),
    areaCode: REGION_AREA_CODE.test(areaCode) ? areaCode : "",
    year: yearParam(firstParam(params.rok)),
    statuses: only(STATUSES, allParams(params.status)),
    page: pageParam(params.strona),
  };
}

export function toDocumentFilter(search: DocumentSearch): DocumentFilter {
  const many = <T>(values: T[]) => (values.length > 0 ? values : undefined);
  return {
    text: search.text || undefined,
    kinds: many(search.kinds),
    areaCode: search.areaCode || undefined,
    year: search.year ?? undefined,
    statuses: many(search.statuses),
  };
}

/** True when anything narrows the search (used to word the empty state). */
export function hasDocumentFilters(search: DocumentSearch): boolean {
  return (
    search.text !== "" ||
    search.kinds.length > 0 ||
    search.areaCode !== "" ||
    search.year !== null ||
    search.statuses.length > 0
  );
}

/** The shareable URL of a search, in the order the form submits its fields, page 1 left out. */
export function documentSearchHref(search: DocumentSearch, options: { page?: number } = {}): string {
  const params = new URLSearchParams();
  if (search.text) params.append("q", search.text);
  for (const kind of search.kinds) params.append("rodzaj", kind);
  if (search.areaCode) params.append("obszar", search.areaCode);
  if (search.year !== null) params.append("rok", String(search.year));
  for (const status of search.statuses) params.append("status", status);
  const page = options.page ?? 1;
  if (page > 1) params.append("strona", String(page));
  const query = params.toString();
  return query ? `${DOCUMENTS_PATH}?${query}` : DOCUMENTS_PATH;
}

/** The years offered by the form, newest first: plans reach ten years ahead; a year from the URL stays. */
export function yearOptions(now: Date, chosen: number | null): number[] {
  const last = now.getUTCFullYear() + 10;
  const years = Array.from({ length: last - 2010 + 1 }, (_, index) => last - index);
  if (chosen !== null && !years.includes(chosen)) years.push(chosen);
  return years.sort((a, b) => b - a);
}
