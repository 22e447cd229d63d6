import type { EventFilter, EventKind, EventTopic } from "@/__generated__/graphql";
import { eventsPl } from "@/i18n/messages/events.pl";
import { allParams, firstParam, pageParam, type RawSearchParams } from "@/lib/search-params";
import { isIsoDate, nextDay, warsawDayStart } from "@/lib/warsaw-dates";

export const EVENTS_PATH = "/wydarzenia";
export const PAGE_SIZE = 20;
/** The API's largest page: a month of the calendar is shown whole. */
export const CALENDAR_PAGE_SIZE = 500;
const MAX_PLACE_LENGTH = 100;
/** A powiat (4 digits) or gmina (7 digits) of podlaskie, the region of the first deployment. */
const REGION_AREA_CODE = /^20\d{2}(\d{3})?$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Everything the events page reads from its URL, already validated. */
export interface EventSearch {
  kinds: EventKind[];
  topics: EventTopic[];
  /** The place as typed (`gdzie`), resolved by the page to a gmina or powiat. */
  place: string;
  placeInUrl: boolean;
  /** TERYT code the place was resolved to (`obszar`). */
  areaCode: string;
  /** Warsaw dates YYYY-MM-DD (`od`, `do`); "" when not given. */
  from: string;
  to: string;
  /** A date typed that is no date; the page says so at its field. */
  badDate: "od" | "do" | null;
  /** Only events one can register for now (`zapisy=otwarte`). */
  openOnly: boolean;
  /** Past events instead of the upcoming ones (`minione=1`). */
  past: boolean;
  view: "list" | "calendar";
  /** The calendar's month, YYYY-MM (`miesiac`); "" for the current one. */
  month: string;
  page: number;
}

function only<T extends string>(labels: Record<T, string>, values: string[]): T[] {
  return values.filter((value): value is T => Object.hasOwn(labels, value));
}

function dateParam(value: RawSearchParams[string]): { date: string; bad: boolean } {
  const text = firstParam(value);
  if (!text) return { date: "", bad: false };
  return isIsoDate(text) ? { date: text, bad: false } : { date: "", bad: true };
}

/** Reads the URL; dates given the wrong way round are swapped. */
export function parseEventSearch(params: RawSearchParams): EventSearch {
  const areaCode = firstParam(params.obszar);
  const from = dateParam(params.od);
  const to = dateParam(params.do);
  let [fromDate, toDate] = [from.date, to.date];
  if (fromDate && toDate && fromDate > toDate) [fromDate, toDate] = [toDate, fromDate];
  const month = firstParam(params.miesiac);
  return {
    kinds: only(eventsPl.kinds, allParams(params.rodzaj)),
    topics: only(eventsPl.topics, allParams(params.temat)),
    place: firstParam(params.gdzie).slice(0, MAX_PLACE_LENGTH),
    placeInUrl: params.gdzie !== undefined,
    areaCode: REGION_AREA_CODE.test(areaCode) ? areaCode : "",
    from: fromDate,
    to: toDate,
    badDate: from.bad ? "od" : to.bad ? "do" : null,
    openOnly: firstParam(params.zapisy) === "otwarte",
    past: firstParam(params.minione) === "1",
    view: firstParam(params.widok) === "kalendarz" ? "calendar" : "list",
    month: MONTH.test(month) ? month : "",
    page: pageParam(params.strona),
  };
}

/** The first day of the month and of the next one, YYYY-MM-DD. */
export function monthBounds(month: string): { first: string; next: string } {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const next = new Date(Date.UTC(year, monthNumber, 1)).toISOString().slice(0, 10);
  return { first: `${month}-01`, next };
}

/** The month before or after `month` (YYYY-MM). */
export function shiftMonth(month: string, by: number): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1 + by, 1)).toISOString().slice(0, 7);
}

/**
 * The API filter. The list shows what has not ended yet (from `now`), or with `past` what started
 * before `now`; dates typed narrow that. The calendar shows its month (`month`, YYYY-MM) whole.
 */
export function toEventFilter(
  search: EventSearch,
  areaCode: string | null,
  now: Date,
  month?: string,
): EventFilter {
  const many = <T>(values: T[]) => (values.length > 0 ? values : undefined);
  const filter: EventFilter = {
    kinds: many(search.kinds),
    topics: many(search.topics),
    areaCode: areaCode ?? undefined,
    openForRegistration: search.openOnly ? true : undefined,
  };
  if (month) {
    const { first, next } = monthBounds(month);
    return { ...filter, from: warsawDayStart(first) ?? undefined, to: warsawDayStart(next) ?? undefined };
  }
  const typedFrom = (search.from && warsawDayStart(search.from)) || undefined;
  const typedTo = (search.to && warsawDayStart(nextDay(search.to))) || undefined;
  if (search.past) return { ...filter, from: typedFrom, to: typedTo ?? now.toISOString() };
  return { ...filter, from: typedFrom ?? now.toISOString(), to: typedTo };
}

/** True when a filter the resident chose narrows the search (used to word the empty state). */
export function hasFilters(search: EventSearch): boolean {
  return (
    search.kinds.length > 0 ||
    search.topics.length > 0 ||
    search.place !== "" ||
    search.areaCode !== "" ||
    search.from !== "" ||
    search.to !== "" ||
    search.openOnly
  );
}

/** The shareable URL of a search, in the order the form submits its fields, page 1 left out. */
export function eventSearchHref(
  search: EventSearch,
  options: { page?: number; view?: EventSearch["view"]; month?: string } = {},
): string {
  const params = new URLSearchParams();
  const view = options.view ?? search.view;
  if (view === "calendar") params.append("widok", "kalendarz");
  if (search.past && view === "list") params.append("minione", "1");
  if (search.place) params.append("gdzie", search.place);
  if (search.areaCode) params.append("obszar", search.areaCode);
  if (view === "list" && search.from) params.append("od", search.from);
  if (view === "list" && search.to) params.append("do", search.to);
  for (const kind of search.kinds) params.append("rodzaj", kind);
  for (const topic of search.topics) params.append("temat", topic);
  if (search.openOnly) params.append("zapisy", "otwarte");
  const month = options.month ?? search.month;
  if (view === "calendar" && month) params.append("miesiac", month);
  const page = options.page ?? 1;
  if (view === "list" && page > 1) params.append("strona", String(page));
  const query = params.toString();
  return query ? `${EVENTS_PATH}?${query}` : EVENTS_PATH;
}
