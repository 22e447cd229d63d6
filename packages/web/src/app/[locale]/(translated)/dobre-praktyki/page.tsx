import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ErrorSummary } from "@/components/error-summary";
import { Pagination } from "@/components/pagination";
import { graphql } from "@/__generated__";
import { GoodPracticeCard } from "@/features/good-practice/good-practice-card";
import {
  GoodPracticeFilters,
  type GoodPracticeFieldError,
} from "@/features/good-practice/good-practice-filters";
import { PlaceNotice } from "@/features/service/place-picker";
import { GoodPracticeSearchEmpty } from "@/features/good-practice/good-practice-search-empty";
import {
  describeGoodPracticeSearchError,
  type InvalidGoodPracticeSearch,
} from "@/features/good-practice/good-practice-search-errors";
import {
  GOOD_PRACTICES_PATH,
  goodPracticeSearchHref,
  PAGE_SIZE,
  parseGoodPracticeSearch,
  toGoodPracticeFilter,
  type GoodPracticeSearch,
} from "@/features/good-practice/good-practice-search";
import { ResultsAnnouncer } from "@/features/navigation/results-announcer";
import {
  announceResults,
  RESULTS_SUMMARY_ID,
  SEARCH_ERROR_ID,
} from "@/features/navigation/results-announcement";
import { todayInPoland } from "@/features/service/opening-hours-format";
import { resolvePlace, type PlaceResolution } from "@/features/service/place-picker-resolve";
import { parseServiceSearch } from "@/features/service/service-search";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { badUserInput } from "@/lib/graphql-errors";
import { cursorAfter, pageCount } from "@/lib/pagination";
import type { RawSearchParams } from "@/lib/search-params";
import "@/features/service/service-search.css";
import "@/features/good-practice/good-practice.css";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const words = getMessages(locale).knowledge.goodPractices;
  return {
    title: words.title,
    description: words.description,
    alternates: alternates(locale, GOOD_PRACTICES_PATH),
  };
}

const GoodPracticeSearchQuery = graphql(`
  query GoodPracticeSearch($filter: GoodPracticeFilter, $first: Int!, $after: String) {
    goodPractices(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          ...GoodPracticeCard_goodPractice
        }
      }
    }
  }
`);

async function searchGoodPractices(search: GoodPracticeSearch, areaCode: string | null, locale: Locale) {
  const result = await query({
    query: GoodPracticeSearchQuery,
    variables: {
      filter: toGoodPracticeFilter(search, areaCode),
      first: PAGE_SIZE,
      after: cursorAfter(search.page - 1, PAGE_SIZE),
    },
    errorPolicy: "all",
  });
  if (result.error) {
    const invalid = badUserInput(result.error);
    if (!invalid) throw result.error;
    return { practices: null, invalid: describeGoodPracticeSearchError(invalid, locale) };
  }
  if (!result.data) throw new Error("The good practices search returned no data");
  return { practices: result.data.goodPractices, invalid: null };
}

/** A typed place that names no gmina or powiat of the region is the resident's to fix, at the field. */
function placeProblem(resolution: PlaceResolution, locale: Locale): InvalidGoodPracticeSearch | null {
  if (resolution.status !== "not-found") return null;
  const words = getMessages(locale).placePicker;
  const message = words.notFound(resolution.text);
  const title = words.notFoundTitle;
  return { title, message, fieldError: { field: "gdzie", message: `${title} ${message}` } };
}

export default async function GoodPracticesPage(props: {
  params: Params;
  searchParams: Promise<RawSearchParams>;
}) {
  const locale = await localeOf(props.params);
  const messages = getMessages(locale);
  const words = messages.knowledge.goodPractices;
  const lastYear = Number(todayInPoland(new Date()).slice(0, 4));
  const search = parseGoodPracticeSearch(await props.searchParams, lastYear);
  // The place is resolved exactly as on /uslugi; only its three fields matter to the resolver.
  const resolution = await resolvePlace({
    ...parseServiceSearch({}),
    place: search.place,
    placeInUrl: search.placeInUrl,
    areaCode: search.areaCode,
  });
  if (resolution.status === "found" && resolution.redirect) {
    // The unit found goes into the URL, in the language the search was made in.
    const href = goodPracticeSearchHref(
      { ...search, areaCode: resolution.place.code },
      { page: search.page },
    );
    redirect(localeHref(locale, href));
  }
  const place = resolution.status === "found" ? resolution.place : null;
  const shown: GoodPracticeSearch = { ...search, areaCode: place?.code ?? "" };
  const problem = placeProblem(resolution, locale);
  const { practices, invalid } = problem
    ? { practices: null, invalid: problem }
    : await searchGoodPractices(search, place?.code ?? null, locale);
  const fieldError: GoodPracticeFieldError = invalid?.fieldError ?? null;
  const pages = practices ? pageCount(practices.totalCount, PAGE_SIZE) : 1;
  const hrefFor = (changed: GoodPracticeSearch, page?: number) =>
    localeHref(locale, goodPracticeSearchHref(changed, { page }));

  return (
    <div className="container">
      <h1>{words.heading}</h1>
      <p className="lead">{words.lead}</p>
      {locale !== "pl" && <p className="hint">{messages.knowledge.goodPractices.recordsInPolish}</p>}
      <p className="skip-to-results">
        <a href="#wyniki">{words.skipToResults}</a>
      </p>
      <div className="registry">
        <GoodPracticeFilters
          search={search}
          place={{ value: search.place || place?.name || "", resolution }}
          fieldError={fieldError}
          lastYear={lastYear}
          locale={locale}
        />
        <section className="registry-results" aria-labelledby="wyniki">
          <h2 id="wyniki">{words.results}</h2>
          <ResultsAnnouncer
            focusId={invalid ? SEARCH_ERROR_ID : RESULTS_SUMMARY_ID}
            message={
              invalid
                ? `${invalid.title} ${invalid.message}`
                : announceResults({ total: practices?.totalCount ?? 0, page: search.page, pages, words })
            }
          />
          {invalid && (
            <ErrorSummary
              id={SEARCH_ERROR_ID}
              title={invalid.title}
              message={invalid.message}
              field={invalid.fieldError?.field}
              goToField={messages.services.goToField}
            />
          )}
          <PlaceNotice
            lead={words.placeLead}
            resolution={resolution}
            hrefFor={(areaCode) => hrefFor({ ...shown, areaCode })}
            locale={locale}
          />
          {practices && (
            <>
              <p className="results-count" id={RESULTS_SUMMARY_ID} tabIndex={-1}>
                {words.found(practices.totalCount)}
                {pages > 1 && search.page <= pages && ` · ${words.pageOf(search.page, pages)}`}
              </p>
              {practices.totalCount === 0 && <GoodPracticeSearchEmpty search={shown} locale={locale} />}
              {practices.totalCount > 0 && practices.edges.length === 0 && (
                <p className="empty-state">
                  {words.outOfRange(search.page, pages)} <a href={hrefFor(shown)}>{words.firstPage}</a>
                </p>
              )}
              {practices.edges.length > 0 && (
                <ul className="good-practice-list">
                  {practices.edges.map((edge) => (
                    <li key={edge.node.id}>
                      <GoodPracticeCard goodPractice={edge.node} locale={locale} />
                    </li>
                  ))}
                </ul>
              )}
              {search.page <= pages && (
                <Pagination
                  page={search.page}
                  pages={pages}
                  hrefFor={(page) => hrefFor(shown, page)}
                  words={messages.pagination}
                />
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
