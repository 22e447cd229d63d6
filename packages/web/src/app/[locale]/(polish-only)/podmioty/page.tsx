import type { Metadata } from "next";
import { ErrorSummary } from "@/components/error-summary";
import { graphql } from "@/__generated__";
import { OrganizationCard } from "@/features/organization/organization-card";
import { OrganizationFilters, type FilterFieldError } from "@/features/organization/organization-filters";
import {
  hasFilters,
  PAGE_SIZE,
  parseRegistrySearch,
  REGION_CODE,
  registrySearchHref,
  toOrganizationFilter,
  toOrganizationOrder,
  type RegistrySearch,
} from "@/features/organization/registry-search";
import { ResultsAnnouncer } from "@/features/navigation/results-announcer";
import {
  RESULTS_SUMMARY_ID,
  resultsAnnouncement,
  SEARCH_ERROR_ID,
} from "@/features/navigation/results-announcement";
import { ResultsPagination } from "@/features/navigation/results-pagination";
import { query } from "@/lib/apollo/rsc-client";
import { badUserInput, type BadUserInput } from "@/lib/graphql-errors";
import { cursorAfter, pageCount } from "@/lib/pagination";
import { pluralize } from "@/lib/polish-plural";
import type { RawSearchParams } from "@/lib/search-params";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Podmioty ekonomii społecznej — wyszukiwarka",
  description:
    "Wyszukiwarka podmiotów ekonomii społecznej województwa podlaskiego: dostawcy produktów i usług, posiadacze znaku Zakup Prospołeczny, przedsiębiorstwa społeczne.",
};

const RegistryAreasQuery = graphql(`
  query RegistryAreas($code: String!) {
    region: territorialUnit(code: $code) {
      code
      name
      counties: children(kinds: [COUNTY, CITY_WITH_COUNTY_RIGHTS]) {
        code
        kind
        gminy: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {
          code
        }
        ...OrganizationFilters_county
      }
    }
  }
`);

const RegistrySearchQuery = graphql(`
  query RegistrySearch(
    $filter: OrganizationFilter
    $first: Int!
    $after: String
    $orderBy: OrganizationOrder!
  ) {
    organizations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          id
          ...OrganizationCard_organization
        }
      }
    }
  }
`);

const ORGANIZATIONS = { one: "podmiot", few: "podmioty", many: "podmiotów" };

/** Polish wording of the API's BAD_USER_INPUT errors, by the argument they name. */
function describeBadInput(error: BadUserInput): { message: string; fieldError: FilterFieldError } {
  switch (error.field) {
    case "filter.cpvPrefix": {
      const message =
        "kod CPV to od 1 do 8 cyfr, a po nich może być myślnik i cyfra kontrolna, np. 55520000-1.";
      return { message, fieldError: { field: "cpv", message: `Nieprawidłowy filtr: ${message}` } };
    }
    case "filter.text": {
      const message = "tekst wyszukiwania może mieć najwyżej 200 znaków.";
      return { message, fieldError: { field: "q", message: `Nieprawidłowy filtr: ${message}` } };
    }
    case "after":
    case "first":
      return { message: "nie ma takiej strony wyników.", fieldError: null };
    default:
      return { message: "sprawdź wpisane wartości albo wyczyść filtry.", fieldError: null };
  }
}

/**
 * The area codes a URL may carry, each mapped to the option of the area select that shows it: a
 * powiat and its gminy are options of their own; a city with powiat rights is one option (its
 * powiat code), which its gmina code also selects.
 */
function areaOptions(
  counties: { code: string; kind: string; gminy: { code: string }[] }[],
): Map<string, string> {
  const options = new Map<string, string>([[REGION_CODE, REGION_CODE]]);
  for (const county of counties) {
    options.set(county.code, county.code);
    for (const gmina of county.gminy) {
      options.set(gmina.code, county.kind === "CITY_WITH_COUNTY_RIGHTS" ? county.code : gmina.code);
    }
  }
  return options;
}

async function searchOrganizations(search: RegistrySearch) {
  const result = await query({
    query: RegistrySearchQuery,
    variables: {
      filter: toOrganizationFilter(search),
      first: PAGE_SIZE,
      after: cursorAfter(search.page - 1, PAGE_SIZE),
      orderBy: toOrganizationOrder(search),
    },
    errorPolicy: "all",
  });
  if (result.error) {
    const invalid = badUserInput(result.error);
    if (!invalid) throw result.error;
    return { organizations: null, invalid: describeBadInput(invalid) };
  }
  if (!result.data) throw new Error("The registry search returned no data");
  return { organizations: result.data.organizations, invalid: null };
}

function EmptyState(props: { search: RegistrySearch }) {
  const { search } = props;
  if (!hasFilters(search)) {
    return (
      <div className="empty-state">
        <p>Rejestr nie zawiera jeszcze żadnych podmiotów.</p>
      </div>
    );
  }
  const narrowedByChoice =
    search.legalForms.length > 0 ||
    search.pesTypes.length > 0 ||
    search.certificate !== null ||
    search.socialEnterprise ||
    search.activeOnly;
  return (
    <div className="empty-state">
      <p>
        <strong>Nie znaleźliśmy podmiotów, które spełniają wszystkie wybrane warunki.</strong>
      </p>
      <p id="podpowiedzi">Co możesz zrobić:</p>
      <ul aria-labelledby="podpowiedzi">
        {search.text && (
          <li>
            wpisać krótszy fragment nazwy albo ogólniejsze słowo, np. rodzaj usługi („catering”,
            „sprzątanie”),
          </li>
        )}
        {search.area && <li>wybrać większy obszar — cały powiat albo całe województwo,</li>}
        {search.cpv && <li>wpisać krótszy początek kodu CPV, np. 55 zamiast 55520000-1,</li>}
        {narrowedByChoice && (
          <li>odznaczyć część pól w sekcjach „Forma prawna”, „Rodzaj podmiotu” lub „Certyfikat i status”,</li>
        )}
        <li>
          <a href="/podmioty">wyczyścić wszystkie filtry</a> i zacząć od nowa.
        </li>
      </ul>
    </div>
  );
}

export default async function RegistryPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { data: areas } = await query({ query: RegistryAreasQuery, variables: { code: REGION_CODE } });
  const region = areas?.region;
  if (!region) throw new Error(`The region ${REGION_CODE} is missing from the territorial register`);
  const search = parseRegistrySearch(await searchParams, areaOptions(region.counties));
  const { organizations, invalid } = await searchOrganizations(search);
  const now = new Date();
  const pages = organizations ? pageCount(organizations.totalCount, PAGE_SIZE) : 1;

  return (
    <div className="container">
      <h1>Podmioty ekonomii społecznej</h1>
      <p className="lead">
        Znajdź spółdzielnie socjalne, fundacje, stowarzyszenia, CIS, ZAZ i inne podmioty, które mogą
        dostarczyć produkty i usługi na Twoim terenie — także te ze znakiem{" "}
        <a href="/zakup-prospoleczny">Zakup Prospołeczny</a>.
      </p>
      <p className="skip-to-results">
        <a href="#wyniki">Przejdź do wyników</a>
      </p>
      <div className="registry">
        <OrganizationFilters
          search={search}
          counties={region.counties}
          regionName={region.name}
          fieldError={invalid?.fieldError ?? null}
        />
        <section className="registry-results" aria-labelledby="wyniki">
          <h2 id="wyniki">Wyniki</h2>
          <ResultsAnnouncer
            focusId={invalid ? SEARCH_ERROR_ID : RESULTS_SUMMARY_ID}
            message={
              invalid
                ? `Nieprawidłowy filtr: ${invalid.message}`
                : resultsAnnouncement({
                    total: organizations?.totalCount ?? 0,
                    page: search.page,
                    pages,
                    noun: ORGANIZATIONS,
                  })
            }
          />
          {invalid && (
            <ErrorSummary
              id={SEARCH_ERROR_ID}
              title="Nieprawidłowy filtr:"
              message={invalid.message}
              field={invalid.fieldError?.field}
            />
          )}
          {organizations && (
            <>
              <p className="results-count" id={RESULTS_SUMMARY_ID} tabIndex={-1}>
                {`Znaleziono ${pluralize(organizations.totalCount, ORGANIZATIONS)}`}
                {pages > 1 && search.page <= pages && ` · strona ${search.page} z ${pages}`}
              </p>
              {organizations.totalCount === 0 && <EmptyState search={search} />}
              {organizations.totalCount > 0 && organizations.edges.length === 0 && (
                <p className="empty-state">
                  Nie ma strony {search.page} — wyniki mieszczą się na{" "}
                  {pluralize(pages, { one: "stronie", few: "stronach", many: "stronach" })}.{" "}
                  <a href={registrySearchHref(search)}>Przejdź do pierwszej strony</a>
                </p>
              )}
              {organizations.edges.length > 0 && (
                <ul className="organization-list">
                  {organizations.edges.map((edge) => (
                    <li key={edge.node.id}>
                      <OrganizationCard organization={edge.node} now={now} />
                    </li>
                  ))}
                </ul>
              )}
              {search.page <= pages && (
                <ResultsPagination
                  page={search.page}
                  pages={pages}
                  hrefFor={(page) => registrySearchHref(search, page)}
                />
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
