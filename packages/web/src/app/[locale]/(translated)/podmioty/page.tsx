import type { Metadata } from "next";
import { ErrorSummary } from "@/components/error-summary";
import { Pagination } from "@/components/pagination";
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
  announceResults,
  RESULTS_SUMMARY_ID,
  SEARCH_ERROR_ID,
} from "@/features/navigation/results-announcement";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf, type Locale } from "@/i18n/locales";
import { getMessages, type Messages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { badUserInput, type BadUserInput } from "@/lib/graphql-errors";
import { cursorAfter, pageCount } from "@/lib/pagination";
import type { RawSearchParams } from "@/lib/search-params";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;
type ListWords = Messages["registry"]["list"];

const REGISTRY_PATH = "/podmioty";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const words = getMessages(locale).registry.list;
  return {
    title: words.title,
    description: words.description,
    alternates: alternates(locale, REGISTRY_PATH),
  };
}

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

/** The API's BAD_USER_INPUT errors in the page's language, by the argument they name. */
function describeBadInput(
  error: BadUserInput,
  words: ListWords,
): { message: string; fieldError: FilterFieldError } {
  const atField = (field: "q" | "cpv", message: string) => ({
    message,
    fieldError: { field, message: `${words.errors.invalid} ${message}` },
  });
  switch (error.field) {
    case "filter.cpvPrefix":
      return atField("cpv", words.errors.cpv);
    case "filter.text":
      return atField("q", words.errors.textTooLong);
    case "after":
    case "first":
      return { message: words.errors.noPage, fieldError: null };
    default:
      return { message: words.errors.other, fieldError: null };
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

async function searchOrganizations(search: RegistrySearch, words: ListWords) {
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
    return { organizations: null, invalid: describeBadInput(invalid, words) };
  }
  if (!result.data) throw new Error("The registry search returned no data");
  return { organizations: result.data.organizations, invalid: null };
}

function EmptyState(props: { search: RegistrySearch; locale: Locale }) {
  const { search } = props;
  const words = getMessages(props.locale).registry.list.empty;
  if (!hasFilters(search)) {
    return (
      <div className="empty-state">
        <p>{words.registry}</p>
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
        <strong>{words.noMatch}</strong>
      </p>
      <p id="podpowiedzi">{words.whatToDo}</p>
      <ul aria-labelledby="podpowiedzi">
        {search.text && <li>{words.shorterText}</li>}
        {search.area && <li>{words.widerArea}</li>}
        {search.cpv && <li>{words.shorterCpv}</li>}
        {narrowedByChoice && <li>{words.uncheck}</li>}
        <li>
          <a href={localeHref(props.locale, REGISTRY_PATH)}>{words.clearAll}</a> {words.startOver}
        </li>
      </ul>
    </div>
  );
}

export default async function RegistryPage(props: {
  params: Params;
  searchParams: Promise<RawSearchParams>;
}) {
  const locale = await localeOf(props.params);
  const words = getMessages(locale).registry.list;
  const { data: areas } = await query({ query: RegistryAreasQuery, variables: { code: REGION_CODE } });
  const region = areas?.region;
  if (!region) throw new Error(`The region ${REGION_CODE} is missing from the territorial register`);
  const search = parseRegistrySearch(await props.searchParams, areaOptions(region.counties));
  const { organizations, invalid } = await searchOrganizations(search, words);
  const now = new Date();
  const pages = organizations ? pageCount(organizations.totalCount, PAGE_SIZE) : 1;
  const hrefFor = (page: number) => localeHref(locale, registrySearchHref(search, page));

  return (
    <div className="container">
      <h1>{words.heading}</h1>
      <p className="lead">
        {words.lead} <a href={localeHref(locale, "/zakup-prospoleczny")}>{words.leadLink}</a>
        {words.leadEnd}
      </p>
      {locale !== "pl" && <p className="hint">{words.recordsInPolish}</p>}
      <p className="skip-to-results">
        <a href="#wyniki">{words.skipToResults}</a>
      </p>
      <div className="registry">
        <OrganizationFilters
          search={search}
          counties={region.counties}
          regionName={region.name}
          fieldError={invalid?.fieldError ?? null}
          locale={locale}
        />
        <section className="registry-results" aria-labelledby="wyniki">
          <h2 id="wyniki">{words.results}</h2>
          <ResultsAnnouncer
            focusId={invalid ? SEARCH_ERROR_ID : RESULTS_SUMMARY_ID}
            message={
              invalid
                ? `${words.errors.invalid} ${invalid.message}`
                : announceResults({ total: organizations?.totalCount ?? 0, page: search.page, pages, words })
            }
          />
          {invalid && (
            <ErrorSummary
              id={SEARCH_ERROR_ID}
              title={words.errors.invalid}
              message={invalid.message}
              field={invalid.fieldError?.field}
              goToField={words.goToField}
            />
          )}
          {organizations && (
            <>
              <p className="results-count" id={RESULTS_SUMMARY_ID} tabIndex={-1}>
                {words.found(organizations.totalCount)}
                {pages > 1 && search.page <= pages && ` · ${words.pageOf(search.page, pages)}`}
              </p>
              {organizations.totalCount === 0 && <EmptyState search={search} locale={locale} />}
              {organizations.totalCount > 0 && organizations.edges.length === 0 && (
                <p className="empty-state">
                  {words.pageMissing(search.page, pages)} <a href={hrefFor(1)}>{words.firstPage}</a>
                </p>
              )}
              {organizations.edges.length > 0 && (
                <ul className="organization-list">
                  {organizations.edges.map((edge) => (
                    <li key={edge.node.id}>
                      <OrganizationCard organization={edge.node} now={now} locale={locale} />
                    </li>
                  ))}
                </ul>
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
