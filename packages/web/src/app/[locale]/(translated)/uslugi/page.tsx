import type { Metadata } from "next";
import { graphql } from "@/__generated__";
import { announceResults } from "@/features/navigation/results-announcement";
import { SearchStatus } from "@/features/navigation/search-status";
import { REGION_CODE } from "@/features/service/place-picker-matches";
import { PlaceNotice } from "@/features/service/place-picker";
import { resolveSearchPlace } from "@/features/service/place-search";
import { ServiceFilters, type ServiceFieldError } from "@/features/service/service-filters";
import { ServiceResults } from "@/features/service/service-results";
import { describeServiceSearchError } from "@/features/service/service-search-errors";
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
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { mapTiles } from "@/lib/config";
import { cursorAfter, pageCount } from "@/lib/pagination";
import type { RawSearchParams } from "@/lib/search-params";
import { searchOrInvalid } from "@/lib/search-query";
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
  const { data, invalid } = await searchOrInvalid(
    () =>
      query({
        query: ServiceSearchQuery,
        variables: {
          filter: toServiceFilter(search, areaCode),
          first: PAGE_SIZE,
          after: cursorAfter(search.page - 1, PAGE_SIZE),
        },
        errorPolicy: "all",
      }),
    (error) => describeServiceSearchError(error, locale),
    "services",
  );
  return { services: data?.services ?? null, invalid };
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
  const [{ resolution, place, shown, problem }, { data: facets }] = await Promise.all([
    resolveSearchPlace(search, locale, (found) => serviceSearchHref(found, { page: search.page })),
    query({ query: ServiceFacetsQuery, variables: { regionCode: REGION_CODE, withMap } }),
  ]);
  const { services, invalid } = problem
    ? { services: null, invalid: problem }
    : await searchServices(search, place?.code ?? null, locale);
  if (!facets) throw new Error("The service categories are missing");
  const fieldError: ServiceFieldError = invalid?.fieldError ?? null;
  const pages = services ? pageCount(services.totalCount, PAGE_SIZE) : 1;
  const announcementWords = {
    none: words.empty.noMatch,
    found: words.found,
    pageOf: words.pageOf,
    noSuchPage: (page: number) => words.noSuchPage(page, pages),
  };

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
          <SearchStatus
            invalid={invalid && { ...invalid, field: invalid.fieldError?.field }}
            announcement={announceResults({
              total: services?.totalCount ?? 0,
              page: search.page,
              pages,
              words: announcementWords,
            })}
            goToField={words.goToField}
          >
            <ServiceViewSwitch search={shown} locale={locale} />
          </SearchStatus>
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
