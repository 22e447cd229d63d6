import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ErrorSummary } from "@/components/error-summary";
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
  goodPracticeSearchHref,
  PAGE_SIZE,
  parseGoodPracticeSearch,
  toGoodPracticeFilter,
  type GoodPracticeSearch,
} from "@/features/good-practice/good-practice-search";
import { ResultsAnnouncer } from "@/features/navigation/results-announcer";
import {
  RESULTS_SUMMARY_ID,
  resultsAnnouncement,
  SEARCH_ERROR_ID,
} from "@/features/navigation/results-announcement";
import { ResultsPagination } from "@/features/navigation/results-pagination";
import { todayInPoland } from "@/features/service/opening-hours-format";
import {
  PLACE_NOT_FOUND_TITLE,
  placeNotFoundMessage,
  resolvePlace,
  type PlaceResolution,
} from "@/features/service/place-picker-resolve";
import { parseServiceSearch } from "@/features/service/service-search";
import { localeHref, localeOf } from "@/i18n/locales";
import { query } from "@/lib/apollo/rsc-client";
import { badUserInput } from "@/lib/graphql-errors";
import { cursorAfter, pageCount } from "@/lib/pagination";
import { pluralize } from "@/lib/polish-plural";
import type { RawSearchParams } from "@/lib/search-params";
import "@/features/service/service-search.css";
import "@/features/good-practice/good-practice.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Dobre praktyki",
  description:
    "Dobre praktyki polityki społecznej z województwa podlaskiego: co zrobiono, gdzie, kto to prowadził, z jakich pieniędzy i z jakim skutkiem.",
};

const PRACTICES = { one: "praktykę", few: "praktyki", many: "praktyk" };

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

async function searchGoodPractices(search: GoodPracticeSearch, areaCode: string | null) {
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
    return { practices: null, invalid: describeGoodPracticeSearchError(invalid) };
  }
  if (!result.data) throw new Error("The good practices search returned no data");
  return { practices: result.data.goodPractices, invalid: null };
}

/** A typed place that names no gmina or powiat of the region is the resident's to fix, at the field. */
function placeProblem(resolution: PlaceResolution): InvalidGoodPracticeSearch | null {
  if (resolution.status !== "not-found") return null;
  const message = placeNotFoundMessage(resolution.text);
  const title = PLACE_NOT_FOUND_TITLE;
  return { title, message, fieldError: { field: "gdzie", message: `${title} ${message}` } };
}

export default async function GoodPracticesPage(props: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
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
    redirect(localeHref(await localeOf(props.params), href));
  }
  const place = resolution.status === "found" ? resolution.place : null;
  const shown: GoodPracticeSearch = { ...search, areaCode: place?.code ?? "" };
  const problem = placeProblem(resolution);
  const { practices, invalid } = problem
    ? { practices: null, invalid: problem }
    : await searchGoodPractices(search, place?.code ?? null);
  const fieldError: GoodPracticeFieldError = invalid?.fieldError ?? null;
  const pages = practices ? pageCount(practices.totalCount, PAGE_SIZE) : 1;

  return (
    <div className="container">
      <h1>Dobre praktyki</h1>
      <p className="lead">
        Sprawdzone pomysły z gmin, powiatów i organizacji województwa podlaskiego: co zrobiono, kto to
        prowadził, ile kosztowało i co z tego wyszło.
      </p>
      <p className="skip-to-results">
        <a href="#wyniki">Przejdź do wyników</a>
      </p>
      <div className="registry">
        <GoodPracticeFilters
          search={search}
          place={{ value: search.place || place?.name || "", resolution }}
          fieldError={fieldError}
          lastYear={lastYear}
        />
        <section className="registry-results" aria-labelledby="wyniki">
          <h2 id="wyniki">Wyniki</h2>
          <ResultsAnnouncer
            focusId={invalid ? SEARCH_ERROR_ID : RESULTS_SUMMARY_ID}
            message={
              invalid
                ? `${invalid.title} ${invalid.message}`
                : resultsAnnouncement({
                    total: practices?.totalCount ?? 0,
                    page: search.page,
                    pages,
                    noun: PRACTICES,
                  })
            }
          />
          {invalid && (
            <ErrorSummary
              id={SEARCH_ERROR_ID}
              title={invalid.title}
              message={invalid.message}
              field={invalid.fieldError?.field}
            />
          )}
          <PlaceNotice
            lead="Dobre praktyki z miejsca:"
            resolution={resolution}
            hrefFor={(areaCode) => goodPracticeSearchHref({ ...shown, areaCode })}
          />
          {practices && (
            <>
              <p className="results-count" id={RESULTS_SUMMARY_ID} tabIndex={-1}>
                {`Znaleziono ${pluralize(practices.totalCount, PRACTICES)}`}
                {pages > 1 && search.page <= pages && ` · strona ${search.page} z ${pages}`}
              </p>
              {practices.totalCount === 0 && <GoodPracticeSearchEmpty search={shown} />}
              {practices.totalCount > 0 && practices.edges.length === 0 && (
                <p className="empty-state">
                  Nie ma strony {search.page} — wyniki mieszczą się na{" "}
                  {pluralize(pages, { one: "stronie", few: "stronach", many: "stronach" })}.{" "}
                  <a href={goodPracticeSearchHref(shown)}>Przejdź do pierwszej strony</a>
                </p>
              )}
              {practices.edges.length > 0 && (
                <ul className="good-practice-list">
                  {practices.edges.map((edge) => (
                    <li key={edge.node.id}>
                      <GoodPracticeCard goodPractice={edge.node} />
                    </li>
                  ))}
                </ul>
              )}
              {search.page <= pages && (
                <ResultsPagination
                  page={search.page}
                  pages={pages}
                  hrefFor={(page) => goodPracticeSearchHref(shown, { page })}
                />
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
