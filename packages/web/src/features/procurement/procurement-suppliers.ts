import { graphql } from "@/__generated__";
import type { ProcurementSuppliersQuery } from "@/__generated__/graphql";
import { withResolvedPlace } from "@/features/service/place-picker-resolve";
import { query } from "@/lib/apollo/rsc-client";
import { badUserInput } from "@/lib/graphql-errors";
import { cursorAfter } from "@/lib/pagination";
import { PAGE_SIZE, toProcurementFilter, type ProcurementSearch } from "./procurement-search";

const ProcurementSuppliers = graphql(`
  query ProcurementSuppliers($filter: OrganizationFilter, $first: Int!, $after: String) {
    organizations(filter: $filter, first: $first, after: $after, orderBy: NAME) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          slug
          name
          legalForm
          nip
          krs
          isDemo
          address {
            streetAddress
            postalCode
            city
          }
          seatGmina {
            name
          }
          contact {
            email
            phone
            website
          }
          offerings {
            id
            name
            cpvCodes
          }
          reservedContractKinds
          activeCertificates: certificates(activeOnly: true) {
            id
            type
            validTo
          }
        }
      }
    }
  }
`);

export type Supplier = ProcurementSuppliersQuery["organizations"]["edges"][number]["node"];

/** The export walks the whole list in pages of the API's size; this many pages is far beyond the register. */
const EXPORT_PAGE_SIZE = 100;
const MAX_EXPORT_PAGES = 100;

/** A search the API refused, in words for the reader, and the field to fix. */
export interface InvalidSearch {
  field: "q" | "cpv" | null;
  message: string;
}

function describeInvalid(field: string | null): InvalidSearch {
  switch (field) {
    case "filter.cpvPrefix":
      return {
        field: "cpv",
        message: "kod CPV to od 1 do 8 cyfr, a po nich może być myślnik i cyfra kontrolna, np. 55520000-1.",
      };
    case "filter.text":
      return { field: "q", message: "tekst wyszukiwania może mieć najwyżej 200 znaków." };
    case "after":
      return { field: null, message: "nie ma takiej strony wyników." };
    default:
      return { field: null, message: "sprawdź wpisane wartości albo wyczyść formularz." };
  }
}

/** A typed place resolves to a gmina or powiat of the region, or is the reader's to fix. */
export const withPlace = withResolvedPlace<ProcurementSearch>;

async function fetchPage(search: ProcurementSearch, first: number, after: string | undefined) {
  const result = await query({
    query: ProcurementSuppliers,
    variables: { filter: toProcurementFilter(search), first, after },
    errorPolicy: "all",
    fetchPolicy: "no-cache",
  });
  if (result.error) {
    const invalid = badUserInput(result.error);
    if (!invalid) throw result.error;
    return { page: null, invalid: describeInvalid(invalid.field) };
  }
  if (!result.data) throw new Error("The supplier search returned no data");
  return { page: result.data.organizations, invalid: null };
}

/** One page of the result list, as the page shows it. */
export async function findSuppliers(search: ProcurementSearch) {
  const { page, invalid } = await fetchPage(search, PAGE_SIZE, cursorAfter(search.page - 1, PAGE_SIZE));
  return {
    suppliers: page?.edges.map((edge) => edge.node) ?? [],
    totalCount: page?.totalCount ?? 0,
    invalid,
  };
}

/** The whole result list (every page), for the CSV export and the printable list. */
export async function findAllSuppliers(search: ProcurementSearch) {
  const suppliers: Supplier[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < MAX_EXPORT_PAGES; pages++) {
    const { page, invalid } = await fetchPage(search, EXPORT_PAGE_SIZE, after);
    if (!page) return { suppliers, invalid };
    suppliers.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return { suppliers, invalid: null };
}
