import { graphql } from "@/__generated__";
import { query } from "@/lib/apollo/rsc-client";
import { collectAllPages, pageOf } from "@/lib/pagination";
import type { DetailPage } from "./sitemap-entries";

/** The API's largest page we ask for: small enough for a quick answer, few enough round trips. */
const PAGE_SIZE = 100;

const SitemapServicesQuery = graphql(`
  query SitemapServices($first: Int!, $after: String) {
    services(first: $first, after: $after, orderBy: TITLE) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
          updatedAt
        }
      }
    }
  }
`);

const SitemapOrganizationsQuery = graphql(`
  query SitemapOrganizations($first: Int!, $after: String) {
    organizations(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
          updatedAt
        }
      }
    }
  }
`);

const SitemapDocumentsQuery = graphql(`
  query SitemapDocuments($first: Int!, $after: String) {
    documents(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          updatedAt
        }
      }
    }
  }
`);

const SitemapGoodPracticesQuery = graphql(`
  query SitemapGoodPractices($first: Int!, $after: String) {
    goodPractices(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
          updatedAt
        }
      }
    }
  }
`);

const SitemapEventsQuery = graphql(`
  query SitemapEvents($first: Int!, $after: String) {
    events(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
          updatedAt
        }
      }
    }
  }
`);

const variables = (after: string | null) => ({ first: PAGE_SIZE, after });

function required<T>(data: T | undefined, what: string): T {
  if (!data) throw new Error(`The API gave no ${what} for the sitemap`);
  return data;
}

const servicePages = (after: string | null) =>
  query({ query: SitemapServicesQuery, variables: variables(after) }).then(({ data }) =>
    pageOf(required(data, "services").services),
  );

const organizationPages = (after: string | null) =>
  query({ query: SitemapOrganizationsQuery, variables: variables(after) }).then(({ data }) =>
    pageOf(required(data, "organizations").organizations),
  );

const documentPages = (after: string | null) =>
  query({ query: SitemapDocumentsQuery, variables: variables(after) }).then(({ data }) =>
    pageOf(required(data, "documents").documents),
  );

const goodPracticePages = (after: string | null) =>
  query({ query: SitemapGoodPracticesQuery, variables: variables(after) }).then(({ data }) =>
    pageOf(required(data, "good practices").goodPractices),
  );

const eventPages = (after: string | null) =>
  query({ query: SitemapEventsQuery, variables: variables(after) }).then(({ data }) =>
    pageOf(required(data, "events").events),
  );

const path = (section: string, key: string) => `/${section}/${encodeURIComponent(key)}`;

/** DateTime comes as an ISO string; the generated types leave custom scalars unknown. */
const isoDate = (value: unknown) => (typeof value === "string" ? value : null);

/** Every published service, organization, document, good practice and event (anonymous callers see no other). */
export async function loadDetailPages(): Promise<DetailPage[]> {
  const [services, organizations, documents, practices, events] = await Promise.all([
    collectAllPages(servicePages),
    collectAllPages(organizationPages),
    collectAllPages(documentPages),
    collectAllPages(goodPracticePages),
    collectAllPages(eventPages),
  ]);
  return [
    ...services.map((node) => ({ path: path("uslugi", node.slug), updatedAt: isoDate(node.updatedAt) })),
    ...organizations.map((node) => ({
      path: path("podmioty", node.slug),
      updatedAt: isoDate(node.updatedAt),
    })),
    ...documents.map((node) => ({ path: path("dokumenty", node.id), updatedAt: isoDate(node.updatedAt) })),
    ...practices.map((node) => ({
      path: path("dobre-praktyki", node.slug),
      updatedAt: isoDate(node.updatedAt),
    })),
    ...events.map((node) => ({ path: path("wydarzenia", node.slug), updatedAt: isoDate(node.updatedAt) })),
  ];
}
