import type { EventFilter, EventKind } from "@/__generated__/graphql";
import { EVENT_KINDS } from "@obserwatorium/schema";
import { firstParam, pageParam, type RawSearchParams } from "@/lib/search-params";
import { cursorAfter } from "@/lib/pagination";
import type { RecordListParams } from "../records/list-params";
import { isPublicationState } from "../records/publication-labels";

export type EventWhen = "nadchodzace" | "minione";

/** The events list's GET parameters: `stan`, `rodzaj`, `kiedy` (upcoming or past), `strona`. */
export interface EventListParams extends RecordListParams {
  kind: EventKind | null;
  when: EventWhen | null;
}

export function eventListParams(params: RawSearchParams): EventListParams {
  const state = firstParam(params.stan);
  const kind = firstParam(params.rodzaj);
  const when = firstParam(params.kiedy);
  return {
    query: "",
    state: isPublicationState(state) ? state : null,
    kind: (EVENT_KINDS as readonly string[]).includes(kind) ? (kind as EventKind) : null,
    when: when === "nadchodzace" || when === "minione" ? when : null,
    page: pageParam(params.strona),
  };
}

/**
 * What the API is asked: upcoming = not over yet (ends after now), past = already started (the
 * API's `to` bounds the start); without a state, drafts and published ones, like the other lists.
 */
export function eventListFilter(params: EventListParams, now = new Date()): EventFilter {
  return {
    publicationStates: params.state ? [params.state] : ["DRAFT", "PUBLISHED"],
    kinds: params.kind ? [params.kind] : null,
    from: params.when === "nadchodzace" ? now.toISOString() : null,
    to: params.when === "minione" ? now.toISOString() : null,
  };
}

export const eventListCursor = (params: EventListParams, pageSize: number) =>
  cursorAfter(params.page - 1, pageSize) ?? null;

export function eventListHref(params: EventListParams, page = params.page): string {
  const query = new URLSearchParams();
  if (params.state) query.set("stan", params.state);
  if (params.kind) query.set("rodzaj", params.kind);
  if (params.when) query.set("kiedy", params.when);
  if (page > 1) query.set("strona", String(page));
  const text = query.toString();
  return text ? `/panel/wydarzenia?${text}` : "/panel/wydarzenia";
}
