import type { Metadata } from "next";
import { graphql } from "@/__generated__";
import type { EventSearchQueryVariables } from "@/__generated__/graphql";
import { ResultsList } from "@/components/results-list";
import { EventCalendarView } from "@/features/event/event-calendar-view";
import { EventCard } from "@/features/event/event-card";
import { EventFilters } from "@/features/event/event-filters";
import {
  CALENDAR_PAGE_SIZE,
  EVENTS_PATH,
  eventSearchHref,
  PAGE_SIZE,
  parseEventSearch,
  shiftMonth,
  toEventFilter,
  type EventSearch,
} from "@/features/event/event-search";
import { badDateSearch, describeEventSearchError } from "@/features/event/event-search-errors";
import { EventSearchEmpty } from "@/features/event/event-search-empty";
import { warsawToday } from "@/lib/warsaw-dates";
import { EventViewSwitch } from "@/features/event/event-view-switch";
import { announceResults, RESULTS_SUMMARY_ID } from "@/features/navigation/results-announcement";
import { SearchStatus } from "@/features/navigation/search-status";
import { PlaceNotice } from "@/features/service/place-picker";
import { resolveSearchPlace } from "@/features/service/place-search";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { API_MAX_PAGE_SIZE, cursorAfter, pageCount } from "@/lib/pagination";
import type { RawSearchParams } from "@/lib/search-params";
import { searchOrInvalid } from "@/lib/search-query";
import "@/features/service/service-search.css";
import "@/features/event/event.css";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const words = getMessages(locale).events.list;
  return {
    title: words.title,
    description: words.description,
    alternates: alternates(locale, EVENTS_PATH),
  };
}

const EventSearchQuery = graphql(`
  query EventSearch($filter: EventFilter, $first: Int!, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...EventCard_event
          ...EventCalendar_event
        }
      }
    }
  }
`);

async function searchEvents(
  search: EventSearch,
  areaCode: string | null,
  month: string | undefined,
  locale: Locale,
) {
  const filter = toEventFilter(search, areaCode, new Date(), month);
  const page = (first: number, after: string | undefined) => eventSearchPage({ filter, first, after });
  const { data, invalid } = await searchOrInvalid(
    // A month of the calendar may hold more events than one API page: its pages are joined.
    () => (month ? wholeMonth(page) : page(PAGE_SIZE, cursorAfter(search.page - 1, PAGE_SIZE))),
    (error) => describeEventSearchError(error, locale),
    "events",
  );
  return { events: data?.events ?? null, invalid };
}

const eventSearchPage = (variables: EventSearchQueryVariables) =>
  query({ query: EventSearchQuery, variables, errorPolicy: "all" });

type EventSearchPage = Awaited<ReturnType<typeof eventSearchPage>>;

/** Every event of a calendar month, up to CALENDAR_PAGE_SIZE, an API page at a time. */
async function wholeMonth(page: (first: number, after: string | undefined) => Promise<EventSearchPage>) {
  let result = await page(API_MAX_PAGE_SIZE, undefined);
  const edges = [...(result.data?.events.edges ?? [])];
  let info = result.data?.events.pageInfo;
  while (!result.error && info?.hasNextPage && info.endCursor && edges.length < CALENDAR_PAGE_SIZE) {
    result = await page(API_MAX_PAGE_SIZE, info.endCursor);
    edges.push(...(result.data?.events.edges ?? []));
    info = result.data?.events.pageInfo;
  }
  if (!result.data) return result;
  return { ...result, data: { ...result.data, events: { ...result.data.events, edges } } };
}

export default async function EventsPage(props: { params: Params; searchParams: Promise<RawSearchParams> }) {
  const locale = await localeOf(props.params);
  const messages = getMessages(locale);
  const words = messages.events.list;
  const search = parseEventSearch(await props.searchParams);
  const calendar = search.view === "calendar";
  const month = calendar ? search.month || warsawToday(new Date()).slice(0, 7) : undefined;
  const { resolution, place, shown, problem } = await resolveSearchPlace(search, locale, (found) =>
    eventSearchHref(found, { page: search.page }),
  );
  const refused = problem ?? (search.badDate && !calendar ? badDateSearch(search.badDate, locale) : null);
  const { events, invalid } = refused
    ? { events: null, invalid: refused }
    : await searchEvents(search, place?.code ?? null, month, locale);
  const pages = events && !calendar ? pageCount(events.totalCount, PAGE_SIZE) : 1;
  const hrefFor = (changed: EventSearch, options: Parameters<typeof eventSearchHref>[1] = {}) =>
    localeHref(locale, eventSearchHref(changed, options));

  return (
    <div className="container">
      <h1>{words.heading}</h1>
      <p className="lead">{words.lead}</p>
      {locale !== "pl" && <p className="hint">{words.recordsInPolish}</p>}
      <p className="skip-to-results">
        <a href="#wyniki">{words.skipToResults}</a>
      </p>
      <div className="registry">
        <EventFilters
          search={search}
          place={{ value: search.place || place?.name || "", resolution }}
          fieldError={invalid?.fieldError ?? null}
          locale={locale}
        />
        <section className="registry-results" aria-labelledby="wyniki">
          <h2 id="wyniki">{words.results}</h2>
          <SearchStatus
            invalid={invalid && { ...invalid, field: invalid.fieldError?.field }}
            announcement={announceResults({
              total: events?.totalCount ?? 0,
              page: calendar ? 1 : search.page,
              pages,
              words,
            })}
            goToField={messages.services.goToField}
          >
            <EventViewSwitch
              view={search.view}
              listHref={hrefFor(shown, { view: "list" })}
              calendarHref={hrefFor(shown, { view: "calendar" })}
              locale={locale}
            />
          </SearchStatus>
          <PlaceNotice
            lead={words.placeLead}
            resolution={resolution}
            hrefFor={(areaCode) => hrefFor({ ...shown, areaCode })}
            locale={locale}
          />
          {events && calendar && month && (
            <>
              <p className="results-count" id={RESULTS_SUMMARY_ID} tabIndex={-1}>
                {words.found(events.totalCount)}
              </p>
              <EventCalendarView
                events={events.edges.map((edge) => edge.node)}
                month={month}
                monthHref={(other) => hrefFor(shown, { month: other })}
                previousMonth={shiftMonth(month, -1)}
                nextMonth={shiftMonth(month, 1)}
                locale={locale}
              />
            </>
          )}
          {events && !calendar && (
            <ResultsList
              total={events.totalCount}
              shown={events.edges.length}
              page={search.page}
              pages={pages}
              words={words}
              noSuchPage={words.outOfRange(search.page, pages)}
              hrefFor={(page) => hrefFor(shown, { page })}
              empty={<EventSearchEmpty search={shown} locale={locale} />}
              pagination={messages.pagination}
            >
              <ul className="event-list">
                {events.edges.map((edge) => (
                  <li key={edge.node.id}>
                    <EventCard event={edge.node} locale={locale} />
                  </li>
                ))}
              </ul>
            </ResultsList>
          )}
          <p className="event-feed">
            <a href="/wydarzenia/kalendarz.ics">{words.icsFeed}</a>
          </p>
        </section>
      </div>
    </div>
  );
}
