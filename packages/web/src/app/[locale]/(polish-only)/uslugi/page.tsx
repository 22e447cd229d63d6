import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { graphql } from "@/__generated__";
import { ResultsPagination } from "@/features/navigation/results-pagination";
import { REGION_CODE } from "@/features/service/place-picker-matches";
import { PlaceNotice } from "@/features/service/place-picker";
import {
  PLACE_NOT_FOUND_TITLE,
  placeNotFoundMessage,
  resolvePlace,
  type PlaceResolution,
} from "@/features/service/place-picker-resolve";
import { ServiceCard } from "@/features/service/service-card";
import { ServiceFilters, type ServiceFieldError } from "@/features/service/service-filters";
import { ServiceMap } from "@/features/service/service-map";
import { ServiceSearchEmpty } from "@/features/service/service-search-empty";
import {
  describeServiceSearchError,
  type InvalidServiceSearch,
} from "@/features/service/service-search-errors";
import {
  PAGE_SIZE,
  parseServiceSearch,
  serviceSearchHref,
  toServiceFilter,
  type ServiceSearch,
} from "@/features/service/service-search";
import { ServiceViewSwitch } from "@/features/service/service-view-switch";
import { localeHref, localeOf } from "@/i18n/locales";
import { query } from "@/lib/apollo/rsc-client";
import { mapTiles } from "@/lib/config";
import { badUserInput } from "@/lib/graphql-errors";
import { cursorAfter, pageCount } from "@/lib/pagination";
import { pluralize } from "@/lib/polish-plural";
import type { RawSearchParams } from "@/lib/search-params";
import "@/features/service/service-search.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Usługi społeczne — wyszukiwarka",
  description:
    "Wyszukiwarka usług społecznych województwa podlaskiego (Koszyk usług): opieka, wsparcie rodziny, pomoc osobom z niepełnosprawnościami i seniorom — w Twojej gminie i powiecie.",
};

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

async function searchServices(search: ServiceSearch, areaCode: string | null) {
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
    return { services: null, invalid: describeServiceSearchError(invalid) };
  }
  if (!result.data) throw new Error("The services search returned no data");
  return { services: result.data.services, invalid: null };
}

/** A typed place that names no gmina or powiat of the region is the resident's to fix, at the field. */
function placeProblem(resolution: PlaceResolution): InvalidServiceSearch | null {
  if (resolution.status !== "not-found") return null;
  const message = placeNotFoundMessage(resolution.text);
  const title = PLACE_NOT_FOUND_TITLE;
  return { title, message, fieldError: { field: "gdzie", message: `${title} ${message}` } };
}

export default async function ServicesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const search = parseServiceSearch(await searchParams);
  const resolution = await resolvePlace(search);
  if (resolution.status === "found" && resolution.redirect) {
    // The URL gets the code of the unit used, so that a shared link shows the same place; the
    // language prefix stays.
    redirect(
      localeHref(
        await localeOf(params),
        serviceSearchHref({ ...search, areaCode: resolution.place.code }, { page: search.page }),
      ),
    );
  }
  const place = resolution.status === "found" ? resolution.place : null;
  // Links carry the unit actually used, never a code the page could not use.
  const shown: ServiceSearch = { ...search, areaCode: place?.code ?? "" };
  const problem = placeProblem(resolution);
  const withMap = search.view === "mapa";
  const [{ data: facets }, found] = await Promise.all([
    query({ query: ServiceFacetsQuery, variables: { regionCode: REGION_CODE, withMap } }),
    problem ? { services: null, invalid: problem } : searchServices(search, place?.code ?? null),
  ]);
  if (!facets) throw new Error("The service categories are missing");
  const { services, invalid } = found;
  const fieldError: ServiceFieldError = invalid?.fieldError ?? null;
  const pages = services ? pageCount(services.totalCount, PAGE_SIZE) : 1;
  const firstNumber = (search.page - 1) * PAGE_SIZE + 1;

  return (
    <div className="container">
      <h1>Usługi społeczne</h1>
      <p className="lead">
        Znajdź pomoc dla siebie i bliskich: opiekę, wsparcie rodziny, usługi dla seniorów i osób z
        niepełnosprawnościami — w Twojej gminie i powiecie województwa podlaskiego.
      </p>
      <p className="skip-to-results">
        <a href="#wyniki">Przejdź do wyników</a>
      </p>
      <div className="registry">
        <ServiceFilters
          search={search}
          categories={facets.serviceCategories}
          targetGroups={facets.targetGroups}
          place={{ value: search.place || place?.name || "", resolution }}
          fieldError={fieldError}
        />
        <section className="registry-results service-results" aria-labelledby="wyniki">
          <h2 id="wyniki">Wyniki</h2>
          <ServiceViewSwitch search={shown} />
          {invalid && (
            <div className="error-summary" role="alert">
              <p>
                <strong>{invalid.title}</strong> {invalid.message}
                {invalid.fieldError && (
                  <>
                    {" "}
                    <a href={`#${invalid.fieldError.field}`}>Przejdź do pola</a>
                  </>
                )}
              </p>
            </div>
          )}
          <PlaceNotice
            lead="Usługi dostępne w:"
            resolution={resolution}
            hrefFor={(areaCode) => serviceSearchHref({ ...shown, areaCode })}
          />
          {services && (
            <>
              <p className="results-count">
                {`Znaleziono ${pluralize(services.totalCount, { one: "usługę", few: "usługi", many: "usług" })}`}
                {pages > 1 && search.page <= pages && ` · strona ${search.page} z ${pages}`}
              </p>
              {services.totalCount === 0 && <ServiceSearchEmpty search={shown} />}
              {services.totalCount > 0 && services.edges.length === 0 && (
                <p className="empty-state">
                  Nie ma strony {search.page} — wyniki mieszczą się na{" "}
                  {pluralize(pages, { one: "stronie", few: "stronach", many: "stronach" })}.{" "}
                  <a href={serviceSearchHref(shown)}>Przejdź do pierwszej strony</a>
                </p>
              )}
              {withMap && services.edges.length > 0 && (
                <ServiceMap
                  services={services.edges.map((edge) => edge.node)}
                  firstNumber={firstNumber}
                  boundary={facets.region?.boundary ?? null}
                  tiles={mapTiles()}
                />
              )}
              {services.edges.length > 0 && (
                <ol className="service-list" start={firstNumber}>
                  {services.edges.map((edge, index) => (
                    <li key={edge.node.id}>
                      <ServiceCard service={edge.node} number={withMap ? firstNumber + index : undefined} />
                    </li>
                  ))}
                </ol>
              )}
              {search.page <= pages && (
                <ResultsPagination
                  page={search.page}
                  pages={pages}
                  hrefFor={(page) => serviceSearchHref(shown, { page })}
                />
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
