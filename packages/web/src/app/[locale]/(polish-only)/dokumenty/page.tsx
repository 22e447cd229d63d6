import type { Metadata } from "next";
import { ErrorSummary } from "@/components/error-summary";
import { graphql } from "@/__generated__";
import { DocumentCard } from "@/features/document/document-card";
import { DocumentFilters } from "@/features/document/document-filters";
import {
  DOCUMENTS_PATH,
  documentSearchHref,
  PAGE_SIZE,
  parseDocumentSearch,
  toDocumentFilter,
  type DocumentSearch,
} from "@/features/document/document-search";
import { DocumentSearchEmpty } from "@/features/document/document-search-empty";
import { describeDocumentSearchError } from "@/features/document/document-search-errors";
import { ResultsAnnouncer } from "@/features/navigation/results-announcer";
import {
  RESULTS_SUMMARY_ID,
  resultsAnnouncement,
  SEARCH_ERROR_ID,
} from "@/features/navigation/results-announcement";
import { ResultsPagination } from "@/features/navigation/results-pagination";
import { REGION_CODE } from "@/features/service/place-picker-matches";
import { query } from "@/lib/apollo/rsc-client";
import { badUserInput } from "@/lib/graphql-errors";
import { cursorAfter, pageCount } from "@/lib/pagination";
import { pluralize } from "@/lib/polish-plural";
import type { RawSearchParams } from "@/lib/search-params";
import "@/features/document/document-search.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Dokumenty — baza wiedzy",
  description:
    "Plany, programy, oceny i sprawozdania polityki społecznej województwa podlaskiego: wyszukiwanie w treści dokumentów, lokalne plany deinstytucjonalizacji (LPDI), WPRES i OZPS.",
};

const DOCUMENTS = { one: "dokument", few: "dokumenty", many: "dokumentów" };

const DocumentAreasQuery = graphql(`
  query DocumentAreas($regionCode: String!) {
    region: territorialUnit(code: $regionCode) {
      counties: children(kinds: [COUNTY, CITY_WITH_COUNTY_RIGHTS]) {
        code
        ...DocumentAreaSelect_county
      }
    }
  }
`);

const DocumentSearchQuery = graphql(`
  query DocumentSearch($filter: DocumentFilter, $first: Int!, $after: String) {
    documents(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          ...DocumentCard_document
        }
      }
    }
  }
`);

async function searchDocuments(search: DocumentSearch) {
  const result = await query({
    query: DocumentSearchQuery,
    variables: {
      filter: toDocumentFilter(search),
      first: PAGE_SIZE,
      after: cursorAfter(search.page - 1, PAGE_SIZE),
    },
    errorPolicy: "all",
  });
  if (result.error) {
    const invalid = badUserInput(result.error);
    if (!invalid) throw result.error;
    return { documents: null, invalid: describeDocumentSearchError(invalid) };
  }
  if (!result.data) throw new Error("The documents search returned no data");
  return { documents: result.data.documents, invalid: null };
}

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const search = parseDocumentSearch(await searchParams);
  const [{ data: areas }, { documents, invalid }] = await Promise.all([
    query({ query: DocumentAreasQuery, variables: { regionCode: REGION_CODE } }),
    searchDocuments(search),
  ]);
  const pages = documents ? pageCount(documents.totalCount, PAGE_SIZE) : 1;

  return (
    <div className="container">
      <h1>Dokumenty</h1>
      <p className="lead">
        Plany, programy, oceny zasobów i sprawozdania polityki społecznej województwa podlaskiego — z
        wyszukiwaniem w ich treści.
      </p>
      <p className="document-search__links">
        <a href={`${DOCUMENTS_PATH}/lpdi`}>
          Lokalne plany deinstytucjonalizacji — które gminy i powiaty je mają
        </a>
      </p>
      <p className="skip-to-results">
        <a href="#wyniki">Przejdź do wyników</a>
      </p>
      <div className="registry">
        <DocumentFilters
          search={search}
          counties={areas?.region?.counties ?? []}
          textError={invalid?.textError ?? null}
          now={new Date()}
        />
        <section className="registry-results document-results" aria-labelledby="wyniki">
          <h2 id="wyniki">Wyniki</h2>
          <ResultsAnnouncer
            focusId={invalid ? SEARCH_ERROR_ID : RESULTS_SUMMARY_ID}
            message={
              invalid
                ? `Nieprawidłowy filtr: ${invalid.message}`
                : resultsAnnouncement({
                    total: documents?.totalCount ?? 0,
                    page: search.page,
                    pages,
                    noun: DOCUMENTS,
                  })
            }
          />
          {invalid && (
            <ErrorSummary
              id={SEARCH_ERROR_ID}
              title="Nieprawidłowy filtr:"
              message={invalid.message}
              field={invalid.textError ? "q" : null}
            />
          )}
          {documents && (
            <>
              <p className="results-count" id={RESULTS_SUMMARY_ID} tabIndex={-1}>
                {`Znaleziono ${pluralize(documents.totalCount, DOCUMENTS)}`}
                {pages > 1 && search.page <= pages && ` · strona ${search.page} z ${pages}`}
              </p>
              {documents.totalCount === 0 && <DocumentSearchEmpty search={search} />}
              {documents.totalCount > 0 && documents.edges.length === 0 && (
                <p className="empty-state">
                  Nie ma strony {search.page} — wyniki mieszczą się na{" "}
                  {pluralize(pages, { one: "stronie", few: "stronach", many: "stronach" })}.{" "}
                  <a href={documentSearchHref(search)}>Przejdź do pierwszej strony</a>
                </p>
              )}
              {documents.edges.length > 0 && (
                <ol className="document-list" start={(search.page - 1) * PAGE_SIZE + 1}>
                  {documents.edges.map((edge) => (
                    <li key={edge.node.id}>
                      <DocumentCard document={edge.node} />
                    </li>
                  ))}
                </ol>
              )}
              {search.page <= pages && (
                <ResultsPagination
                  page={search.page}
                  pages={pages}
                  hrefFor={(page) => documentSearchHref(search, { page })}
                />
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
