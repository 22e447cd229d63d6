import type { Metadata } from "next";
import { graphql } from "@/__generated__";
import { ResultsAnnouncer } from "@/features/navigation/results-announcer";
import {
  RESULTS_SUMMARY_ID,
  resultsAnnouncement,
  SEARCH_ERROR_ID,
} from "@/features/navigation/results-announcement";
import { ResultsPagination } from "@/features/navigation/results-pagination";
import { didYouMean } from "@/features/search/did-you-mean";
import { SearchEmpty } from "@/features/search/search-empty";
import { SearchForm } from "@/features/search/search-form";
import { SearchHitItem } from "@/features/search/search-hit";
import {
  PAGE_SIZE,
  parseSiteSearch,
  siteSearchFilter,
  siteSearchHref,
  type SiteSearch,
} from "@/features/search/site-search";
import { withResolvedPlace } from "@/features/service/place-picker-resolve";
import { query } from "@/lib/apollo/rsc-client";
import { cursorAfter, pageCount } from "@/lib/pagination";
import { pluralize } from "@/lib/polish-plural";
import type { RawSearchParams } from "@/lib/search-params";
import "@/features/search/search-results.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Wyniki wyszukiwania",
  description:
    "Jedna wyszukiwarka dla całego serwisu: usługi społeczne, podmioty ekonomii społecznej, dobre praktyki, dokumenty (do strony) oraz gminy i powiaty województwa podlaskiego.",
};

const HITS = { one: "wynik", few: "wyniki", many: "wyników" };
const ASK_FOR_TEXT = "Wpisz, czego szukasz: usługi, podmiotu, dokumentu, gminy lub powiatu.";
/** The invitation shown for an empty query: what a submitted empty search is answered with. */
const ASK_FOR_TEXT_ID = "co-wpisac";
const DEGRADED = "Wyszukiwanie działa w trybie awaryjnym — wyniki mogą być mniej trafne.";

/** Where focus goes after a search, and what is announced: the error, the invitation or the count. */
function arrival(
  search: SiteSearch,
  placeError: string | null,
  results: { totalHits: number; degraded: boolean } | null,
  pages: number,
) {
  if (placeError) return { focusId: SEARCH_ERROR_ID, message: placeError };
  // Without a place error, no results means no query: the page asks for one.
  if (!results) return { focusId: ASK_FOR_TEXT_ID, message: ASK_FOR_TEXT };
  const count = resultsAnnouncement({ total: results.totalHits, page: search.page, pages, noun: HITS });
  return { focusId: RESULTS_SUMMARY_ID, message: results.degraded ? `${count} ${DEGRADED}` : count };
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

export default async function SearchPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { search, resolution, placeError } = await withResolvedPlace(parseSiteSearch(await searchParams));
  const found = search.text && !placeError ? await searchSite(search) : null;
  const results = found?.results ?? null;
  const suggestions = results?.totalHits === 0 ? await didYouMean(search.text) : [];
  const pages = results ? pageCount(results.totalHits, PAGE_SIZE) : 1;

  return (
    <div className="container">
      <h1>Wyniki wyszukiwania</h1>
      <SearchForm
        search={search}
        counts={found?.typeCounts ?? null}
        facets={results?.facets ?? null}
        resolution={resolution}
        placeError={placeError}
      />
      <ResultsAnnouncer {...arrival(search, placeError, results, pages)} />
      {placeError && (
        <div className="error-summary" role="alert" id={SEARCH_ERROR_ID} tabIndex={-1}>
          <p>
            {placeError} <a href="#gdzie">Przejdź do pola</a>
          </p>
        </div>
      )}
      {!search.text && (
        <p className="lead" id={ASK_FOR_TEXT_ID} tabIndex={-1}>
          {ASK_FOR_TEXT}
        </p>
      )}
      {results && (
        <section className="search-results" aria-labelledby="wyniki">
          <h2 id="wyniki">Wyniki</h2>
          {results.degraded && (
            <p className="search-degraded" role="status">
              {DEGRADED}
            </p>
          )}
          <p className="results-count" id={RESULTS_SUMMARY_ID} tabIndex={-1}>
            {`Znaleziono ${pluralize(results.totalHits, HITS)}`}
            {pages > 1 && search.page <= pages && ` · strona ${search.page} z ${pages}`}
          </p>
          {results.totalHits === 0 && <SearchEmpty search={search} didYouMean={suggestions} />}
          {results.totalHits > 0 && results.hits.length === 0 && (
            <p className="empty-state">
              Nie ma strony {search.page}. <a href={siteSearchHref(search)}>Przejdź do pierwszej strony</a>
            </p>
          )}
          {results.hits.length > 0 && (
            <ol className="search-hit-list" start={(search.page - 1) * PAGE_SIZE + 1}>
              {results.hits.map((hit, index) => (
                <li key={index}>
                  <SearchHitItem hit={hit} />
                </li>
              ))}
            </ol>
          )}
          {search.page <= pages && (
            <ResultsPagination
              page={search.page}
              pages={pages}
              hrefFor={(page) => siteSearchHref(search, { page })}
            />
          )}
        </section>
      )}
    </div>
  );
}
