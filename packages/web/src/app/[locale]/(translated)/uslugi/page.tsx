import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ErrorSummary } from "@/components/error-summary";
import { graphql } from "@/__generated__";
import { ResultsAnnouncer } from "@/features/navigation/results-announcer";
import { RESULTS_SUMMARY_ID, SEARCH_ERROR_ID } from "@/features/navigation/results-announcement";
import { REGION_CODE } from "@/features/service/place-picker-matches";
import { PlaceNotice } from "@/features/service/place-picker";
import { resolvePlace, type PlaceResolution } from "@/features/service/place-picker-resolve";
import { ServiceFilters, type ServiceFieldError } from "@/features/service/service-filters";
import { ServiceResults } from "@/features/service/service-results";
import {
  describeServiceSearchError,
  type InvalidServiceSearch,
} from "@/features/service/service-search-errors";
import {
  PAGE_SIZE,
  parseServiceSearch,
  SERVICES_PATH,
  serviceSearchHref,
  toServiceFilter,
  type ServiceSearch,
} from "@/features/service/service-search";
import { ServiceViewSwitch } from "@/features/service/service-view-switch";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf, type Locale } from "@/i18n/locales";
import { getMessages, type Messages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { mapTiles } from "@/lib/config";
import { badUserInput } from "@/lib/graphql-errors";
import { cursorAfter, pageCount } from "@/lib/pagination";
import type { RawSearchParams } from "@/lib/search-params";
import "@/features/service/service-search.css";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const { services } = getMessages(locale);
  return {
    title: services.title,
    description: services.description,
    alternates: alternates(locale, SERVICES_PATH),
  };
}

const ServiceFacetsQuery = graphql(`
  query ServiceFacets($regionCode: String!, $withMap: Boolean!) {
    serviceCategories {
      ...ServiceFilters_category
    }
    targetGroups {
      ...ServiceFilters_targetGroup
    }
    region: territorialUnit(code: $regionCode) @include(if: $withMap) {
      boundary
    }
  }
`);

const ServiceSearchQuery = graphql(`
  query ServiceSearch($filter: ServiceFilter, $first: Int!, $after: String) {
    services(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          ...ServiceCard_service
          ...ServiceMap_service
        }
      }
    }
  }
`);

async function searchServices(search: ServiceSearch, areaCode: string | null, locale: Locale) {
  const result = await query({
    query: ServiceSearchQuery,
    variables: {
      filter: toServiceFilter(search, areaCode),
      first: PAGE_SIZE,
      after: cursorAfter(search.page - 1, PAGE_SIZE),
    },
    errorPolicy: "all",
  });
  if (result.error) {
    const invalid = badUserInput(result.error);
    if (!invalid) throw result.error;
    return { services: null, invalid: describeServiceSearchError(invalid, locale) };
  }
  if (!result.data) throw new Error("The services search returned no data");
  return { services: result.data.services, invalid: null };
}

/** A typed place that names no gmina or powiat of the region is the resident's to fix, at the field. */
function placeProblem(resolution: PlaceResolution, locale: Locale): InvalidServiceSearch | null {
  if (resolution.status !== "not-found") return null;
  const words = getMessages(locale).placePicker;
  const message = words.notFound(resolution.text);
  const title = words.notFoundTitle;
  return { title, message, fieldError: { field: "gdzie", message: `${title} ${message}` } };
}

/** What the live region says when the page answers a search the resident has just made. */
function announcement(
  words: Messages["services"],
  total: number,
  page: number,
  pages: number,
  invalid: InvalidServiceSearch | null,
): string {
  if (invalid) return `${invalid.title} ${invalid.message}`;
  if (total === 0) return words.empty.noMatch;
  return pages > 1 && page <= pages
    ? `${words.found(total)}, ${words.pageOf(page, pages)}.`
    : `${words.found(total)}.`;
}

export default async function ServicesPage(props: {
  params: Params;
  searchParams: Promise<RawSearchParams>;
}) {
  const locale = await localeOf(props.params);
  const messages = getMessages(locale);
  const words = messages.services;
  const search = parseServiceSearch(await props.searchParams);
  const withMap = search.view === "mapa";
  // The categories do not depend on the place: both questions go out at once.
  const [resolution, { data: facets }] = await Promise.all([
    resolvePlace(search),
    query({ query: ServiceFacetsQuery, variables: { regionCode: REGION_CODE, withMap } }),
  ]);
  if (resolution.status === "found" && resolution.redirect) {
    // The URL gets the code of the unit used, so that a shared link shows the same place; the
    // language prefix stays.
    const code = resolution.place.code;
    redirect(localeHref(locale, serviceSearchHref({ ...search, areaCode: code }, { page: search.page })));
  }
  const place = resolution.status === "found" ? resolution.place : null;
  // Links carry the unit actually used, never a code the page could not use.
  const shown: ServiceSearch = { ...search, areaCode: place?.code ?? "" };
  const problem = placeProblem(resolution, locale);
  const found = problem
    ? { services: null, invalid: problem }
    : await searchServices(search, place?.code ?? null, locale);
  if (!facets) throw new Error("The service categories are missing");
  const { services, invalid } = found;
  const fieldError: ServiceFieldError = invalid?.fieldError ?? null;
  const pages = services ? pageCount(services.totalCount, PAGE_SIZE) : 1;

  return (
    <div className="container">
      <h1>{words.heading}</h1>
      <p className="lead">{words.lead}</p>
      {locale !== "pl" && <p className="hint">{messages.journey.recordsInPolish}</p>}
      <p className="skip-to-results">
        <a href="#wyniki">{words.skipToResults}</a>
      </p>
      <div className="registry">
        <ServiceFilters
          search={search}
          categories={facets.serviceCategories}
          targetGroups={facets.targetGroups}
          place={{ value: search.place || place?.name || "", resolution }}
          fieldError={fieldError}
          locale={locale}
        />
        <section className="registry-results service-results" aria-labelledby="wyniki">
          <h2 id="wyniki">{words.results}</h2>
          <ResultsAnnouncer
            focusId={invalid ? SEARCH_ERROR_ID : RESULTS_SUMMARY_ID}
            message={announcement(words, services?.totalCount ?? 0, search.page, pages, invalid)}
          />
          <ServiceViewSwitch search={shown} locale={locale} />
          {invalid && (
            <ErrorSummary
              id={SEARCH_ERROR_ID}
              title={invalid.title}
              message={invalid.message}
              field={invalid.fieldError?.field}
              goToField={words.goToField}
            />
          )}
          <PlaceNotice
            lead={words.placeLead}
            resolution={resolution}
            hrefFor={(areaCode) => localeHref(locale, serviceSearchHref({ ...shown, areaCode }))}
            locale={locale}
          />
          {services && (
            <ServiceResults
              services={services}
              search={shown}
              pages={pages}
              map={withMap ? { boundary: facets.region?.boundary ?? null, tiles: mapTiles() } : null}
              locale={locale}
            />
          )}
        </section>
      </div>
    </div>
  );
}
