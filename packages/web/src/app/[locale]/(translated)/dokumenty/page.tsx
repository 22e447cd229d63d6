import type { Metadata } from "next";
import { ResultsList } from "@/components/results-list";
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
import { announceResults } from "@/features/navigation/results-announcement";
import { SearchStatus } from "@/features/navigation/search-status";
import { REGION_CODE } from "@/features/service/place-picker-matches";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { cursorAfter, pageCount } from "@/lib/pagination";
import type { RawSearchParams } from "@/lib/search-params";
import { searchOrInvalid } from "@/lib/search-query";
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
  const { data, invalid } = await searchOrInvalid(
    () =>
      query({
        query: DocumentSearchQuery,
        variables: {
          filter: toDocumentFilter(search),
          first: PAGE_SIZE,
          after: cursorAfter(search.page - 1, PAGE_SIZE),
        },
        errorPolicy: "all",
      }),
    (error) => describeDocumentSearchError(error, locale),
    "documents",
  );
  return { documents: data?.documents ?? null, invalid };
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
          <SearchStatus
            invalid={invalid && { ...invalid, field: invalid.textError ? "q" : null }}
            announcement={announceResults({
              total: documents?.totalCount ?? 0,
              page: search.page,
              pages,
              words,
            })}
            goToField={messages.services.goToField}
          />
          {documents && (
            <ResultsList
              total={documents.totalCount}
              shown={documents.edges.length}
              page={search.page}
              pages={pages}
              words={words}
              noSuchPage={words.outOfRange(search.page, pages)}
              hrefFor={hrefFor}
              empty={<DocumentSearchEmpty search={search} locale={locale} />}
              pagination={messages.pagination}
            >
              <ol className="document-list" start={(search.page - 1) * PAGE_SIZE + 1}>
                {documents.edges.map((edge) => (
                  <li key={edge.node.id}>
                    <DocumentCard document={edge.node} locale={locale} />
                  </li>
                ))}
              </ol>
            </ResultsList>
          )}
        </section>
      </div>
    </div>
  );
}
