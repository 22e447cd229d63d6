import type { Metadata } from "next";
import { ErrorSummary } from "@/components/error-summary";
import { Pagination } from "@/components/pagination";
import { graphql } from "@/__generated__";
import { ResultsAnnouncer } from "@/features/navigation/results-announcer";
import {
  announceResults,
  RESULTS_SUMMARY_ID,
  SEARCH_ERROR_ID,
} from "@/features/navigation/results-announcement";
import { didYouMean } from "@/features/search/did-you-mean";
import { SearchEmpty } from "@/features/search/search-empty";
import { SearchForm } from "@/features/search/search-form";
import { SearchHitItem } from "@/features/search/search-hit";
import {
  PAGE_SIZE,
  parseSiteSearch,
  SEARCH_PATH,
  siteSearchFilter,
  siteSearchHref,
  type SiteSearch,
} from "@/features/search/site-search";
import { withResolvedPlace, type PlaceResolution } from "@/features/service/place-picker-resolve";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf, type Locale } from "@/i18n/locales";
import { getMessages, type Messages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { cursorAfter, pageCount } from "@/lib/pagination";
import type { RawSearchParams } from "@/lib/search-params";
import "@/features/search/search-results.css";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const { search } = getMessages(locale);
  return {
    title: search.title,
    description: search.description,
    alternates: alternates(locale, SEARCH_PATH),
  };
}

/** The invitation shown for an empty query: what a submitted empty search is answered with. */
const ASK_FOR_TEXT_ID = "co-wpisac";

/** Why a typed place was not used, in the page's language, for the field and the error summary. */
function placeErrorOf(resolution: PlaceResolution, locale: Locale): string | null {
  if (resolution.status !== "not-found") return null;
  const words = getMessages(locale).placePicker;
  return `${words.notFoundTitle} ${words.notFound(resolution.text)}`;
}

/** Where focus goes after a search, and what is announced: the error, the invitation or the count. */
function arrival(
  words: Messages["search"],
  search: SiteSearch,
  placeError: string | null,
  results: { totalHits: number; degraded: boolean } | null,
  pages: number,
) {
  if (placeError) return { focusId: SEARCH_ERROR_ID, message: placeError };
  // Without a place error, no results means no query: the page asks for one.
  if (!results) return { focusId: ASK_FOR_TEXT_ID, message: words.askForText };
  const count = announceResults({ total: results.totalHits, page: search.page, pages, words });
  return {
    focusId: RESULTS_SUMMARY_ID,
    message: results.degraded ? `${count} ${words.degraded}` : count,
  };
}

const SiteSearchQuery = graphql(`
  query SiteSearch(
    $query: String!
    $types: [SearchHitType!]
    $filter: SearchFilter
    $first: Int!
    $after: String
  ) {
    search(query: $query, types: $types, filter: $filter, first: $first, after: $after) {
      totalHits
      degraded
      facets {
        types {
          value
          count
        }
        serviceAreas {
          value
          count
        }
        targetGroups {
          value
          count
        }
        legalForms {
          value
          count
        }
        documentKinds {
          value
          count
        }
      }
      hits {
        ...SearchHitItem_hit
      }
    }
  }
`);

const SiteSearchCountsQuery = graphql(`
  query SiteSearchCounts($query: String!, $filter: SearchFilter) {
    search(query: $query, filter: $filter, first: 1) {
      facets {
        types {
          value
          count
        }
      }
    }
  }
`);

async function searchSite(search: SiteSearch) {
  const filter = siteSearchFilter(search);
  const variables = {
    query: search.text,
    filter,
    first: PAGE_SIZE,
    after: cursorAfter(search.page - 1, PAGE_SIZE),
  };
  const [{ data }, counts] = await Promise.all([
    query({
      query: SiteSearchQuery,
      variables: { ...variables, types: search.types.length ? search.types : null },
      // The hits are a union the cache cannot match without possibleTypes: read them as sent.
      fetchPolicy: "no-cache",
    }),
    // With a kind filtered out, the filter's counts come from the search over all kinds.
    search.types.length
      ? query({ query: SiteSearchCountsQuery, variables: { query: search.text, filter } })
      : null,
  ]);
  if (!data) throw new Error("The site search returned no data");
  const typeCounts = (counts?.data?.search ?? data.search).facets.types;
  return { results: data.search, typeCounts };
}

export default async function SearchPage(props: { params: Params; searchParams: Promise<RawSearchParams> }) {
  const locale = await localeOf(props.params);
  const words = getMessages(locale).search;
  const { search, resolution } = await withResolvedPlace(parseSiteSearch(await props.searchParams));
  const placeError = placeErrorOf(resolution, locale);
  const found = search.text && !placeError ? await searchSite(search) : null;
  const results = found?.results ?? null;
  const suggestions = results?.totalHits === 0 ? await didYouMean(search.text) : [];
  const pages = results ? pageCount(results.totalHits, PAGE_SIZE) : 1;
  const hrefOf = (page: number) => localeHref(locale, siteSearchHref(search, { page }));

  return (
    <div className="container">
      <h1>{words.heading}</h1>
      <SearchForm
        search={search}
        counts={found?.typeCounts ?? null}
        facets={results?.facets ?? null}
        resolution={resolution}
        placeError={placeError}
        locale={locale}
      />
      <ResultsAnnouncer {...arrival(words, search, placeError, results, pages)} />
      {placeError && (
        <ErrorSummary id={SEARCH_ERROR_ID} message={placeError} field="gdzie" goToField={words.goToField} />
      )}
      {!search.text && (
        <p className="lead" id={ASK_FOR_TEXT_ID} tabIndex={-1}>
          {words.askForText}
        </p>
      )}
      {results && (
        <section className="search-results" aria-labelledby="wyniki">
          <h2 id="wyniki">{words.results}</h2>
          {results.degraded && (
            <p className="search-degraded" role="status">
              {words.degraded}
            </p>
          )}
          <p className="results-count" id={RESULTS_SUMMARY_ID} tabIndex={-1}>
            {words.found(results.totalHits)}
            {pages > 1 && search.page <= pages && ` · ${words.pageOf(search.page, pages)}`}
          </p>
          {results.totalHits === 0 && (
            <SearchEmpty search={search} didYouMean={suggestions} locale={locale} />
          )}
          {results.totalHits > 0 && results.hits.length === 0 && (
            <p className="empty-state">
              {words.noSuchPage(search.page)} <a href={hrefOf(1)}>{words.firstPage}</a>
            </p>
          )}
          {results.hits.length > 0 && (
            <ol className="search-hit-list" start={(search.page - 1) * PAGE_SIZE + 1}>
              {results.hits.map((hit, index) => (
                <li key={index}>
                  <SearchHitItem hit={hit} locale={locale} />
                </li>
              ))}
            </ol>
          )}
          {search.page <= pages && (
            <Pagination
              page={search.page}
              pages={pages}
              hrefFor={hrefOf}
              words={getMessages(locale).pagination}
            />
          )}
        </section>
      )}
    </div>
  );
}
