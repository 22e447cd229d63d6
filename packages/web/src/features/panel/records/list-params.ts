import type { PublicationState } from "@/__generated__/graphql";
import { cursorAfter } from "@/lib/pagination";
import { firstParam, pageParam, type RawSearchParams } from "@/lib/search-params";
import { isPublicationState } from "./publication-labels";

/** The API refuses longer search text (organizations: 200 characters). */
const MAX_QUERY = 200;

/** What a panel record list was asked for in its GET parameters: `q`, `stan`, `strona`. */
export interface RecordListParams {
  query: string;
  state: PublicationState | null;
  page: number;
}

export function recordListParams(params: RawSearchParams): RecordListParams {
  const state = firstParam(params.stan);
  return {
    query: firstParam(params.q).slice(0, MAX_QUERY),
    state: isPublicationState(state) ? state : null,
    page: pageParam(params.strona),
  };
}

/** The list's address for another page with the same search; page 1 and empty values left out. */
export function recordListHref(basePath: string, params: RecordListParams, page = params.page): string {
  const query = new URLSearchParams();
  if (params.query) query.set("q", params.query);
  if (params.state) query.set("stan", params.state);
  if (page > 1) query.set("strona", String(page));
  const text = query.toString();
  return text ? `${basePath}?${text}` : basePath;
}

/** The `after` cursor of the asked page (the API's cursors are offsets; see lib/pagination). */
export const recordListCursor = (params: RecordListParams, pageSize: number) =>
  cursorAfter(params.page - 1, pageSize);
