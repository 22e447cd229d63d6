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
import { LPDI_PATH } from "@/features/document/lpdi-area-form";
import { ResultsAnnouncer } from "@/features/navigation/results-announcer";
import {
  announceResults,
  RESULTS_SUMMARY_ID,
  SEARCH_ERROR_ID,
} from "@/features/navigation/results-announcement";
import { Pagination } from "@/components/pagination";
import { REGION_CODE } from "@/features/service/place-picker-matches";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { badUserInput } from "@/lib/graphql-errors";
import { cursorAfter, pageCount } from "@/lib/pagination";
import type { RawSearchParams } from "@/lib/search-params";
import "@/features/document/document-search.css";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const words = getMessages(locale).documents.search;
  return {
    title: words.title,
    description: words.description,
    alternates: alternates(locale, DOCUMENTS_PATH),
  };
}

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

async function searchDocuments(search: DocumentSearch, locale: Locale) {
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
    return { documents: null, invalid: describeDocumentSearchError(invalid, locale) };
  }
  if (!result.data) throw new Error("The documents search returned no data");
  return { documents: result.data.documents, invalid: null };
}

export default async function DocumentsPage(props: {
  params: Params;
  searchParams: Promise<RawSearchParams>;
}) {
  const locale = await localeOf(props.params);
  const messages = getMessages(locale);
  const words = messages.documents.search;
  const search = parseDocumentSearch(await props.searchParams);
  const [{ data: areas }, { documents, invalid }] = await Promise.all([
    query({ query: DocumentAreasQuery, variables: { regionCode: REGION_CODE } }),
    searchDocuments(search, locale),
  ]);
  const pages = documents ? pageCount(documents.totalCount, PAGE_SIZE) : 1;
  const hrefFor = (page?: number) => localeHref(locale, documentSearchHref(search, { page }));

  return (
    <div className="container">
      <h1>{words.heading}</h1>
      <p className="lead">{words.lead}</p>
      {locale !== "pl" && <p className="hint">{words.recordsInPolish}</p>}
      <p className="document-search__links">
        <a href={localeHref(locale, LPDI_PATH)}>{words.lpdiLink}</a>
      </p>
      <p className="skip-to-results">
        <a href="#wyniki">{words.skipToResults}</a>
      </p>
      <div className="registry">
        <DocumentFilters
          search={search}
          counties={areas?.region?.counties ?? []}
          textError={invalid?.textError ?? null}
          now={new Date()}
          locale={locale}
        />
        <section className="registry-results document-results" aria-labelledby="wyniki">
          <h2 id="wyniki">{words.results}</h2>
          <ResultsAnnouncer
            focusId={invalid ? SEARCH_ERROR_ID : RESULTS_SUMMARY_ID}
            message={
              invalid
                ? `${invalid.title} ${invalid.message}`
                : announceResults({ total: documents?.totalCount ?? 0, page: search.page, pages, words })
            }
          />
          {invalid && (
            <ErrorSummary
              id={SEARCH_ERROR_ID}
              title={invalid.title}
              message={invalid.message}
              field={invalid.textError ? "q" : null}
              goToField={messages.services.goToField}
            />
          )}
          {documents && (
            <>
              <p className="results-count" id={RESULTS_SUMMARY_ID} tabIndex={-1}>
                {words.found(documents.totalCount)}
                {pages > 1 && search.page <= pages && ` · ${words.pageOf(search.page, pages)}`}
              </p>
              {documents.totalCount === 0 && <DocumentSearchEmpty search={search} locale={locale} />}
              {documents.totalCount > 0 && documents.edges.length === 0 && (
                <p className="empty-state">
                  {words.outOfRange(search.page, pages)} <a href={hrefFor()}>{words.firstPage}</a>
                </p>
              )}
              {documents.edges.length > 0 && (
                <ol className="document-list" start={(search.page - 1) * PAGE_SIZE + 1}>
                  {documents.edges.map((edge) => (
                    <li key={edge.node.id}>
                      <DocumentCard document={edge.node} locale={locale} />
                    </li>
                  ))}
                </ol>
              )}
              {search.page <= pages && (
                <Pagination
                  page={search.page}
                  pages={pages}
                  hrefFor={hrefFor}
                  words={getMessages(locale).pagination}
                />
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
