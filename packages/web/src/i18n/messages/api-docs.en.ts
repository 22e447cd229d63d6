import type { ApiDocsMessages } from "./api-docs.pl";

export const apiDocsEn: ApiDocsMessages = {
  title: "API for partners",
  description:
    "The Obserwatorium open GraphQL API: what it offers, authentication, limits, pagination, errors, example queries and a console.",
  heading: "API for partners",
  lead: "All the public data of this site — social economy organizations, certificates, social services, documents, good practices, events and indicators — is available through one GraphQL API. This page explains how to use it.",
  contentsLabel: "Contents",
  endpoint: {
    heading: "Address and protocol",
    address: "API address:",
    text: "Send queries with `POST` and an `application/json` body (`query`, `variables`, `operationName`). Queries (not mutations) may also be sent with `GET` and the header `apollo-require-preflight: true` — anonymous answers to them are cacheable (`Cache-Control: max-age=60, public`). The schema is available through introspection; any GraphQL client works.",
    apq: "Automatic persisted queries (APQ) are supported: send the hash `extensions.persistedQuery.sha256Hash` alone and, after a `PERSISTED_QUERY_NOT_FOUND` answer, once more together with the query.",
    cors: "Pages of other sites may call the API from the browser only from the origins the operator allows (`CORS_ORIGINS`); server-to-server requests always work.",
    curlPost: "A POST request from the command line",
    curlGet: "A GET request from the command line",
    consoleLink: "Open the API console (GraphiQL)",
  },
  auth: {
    heading: "Authentication",
    anonymous: "Without authentication the API returns published data only.",
    keys: "Partner systems (offices, local governments, websites) can get an API key. Keys are issued by ROPS administrators in the panel (API keys) — ask for one through the contact page. A key looks like `obsk_…` and is shown only once, when it is created: store it safely.",
    header: "Send it in the header `Authorization: Bearer obsk_…` (or `X-API-Key: obsk_…`).",
    scopesIntro: "Key scopes:",
    scopes: {
      READ_PUBLIC: "published data, with its own, larger request budget;",
      READ_DRAFTS: "also unpublished records (drafts);",
      WRITE: "also changes (mutations), within the role of the person who issued the key.",
    },
    invalid:
      "An invalid, revoked or expired key gets HTTP 401 with the code `INVALID_API_KEY` — the API never treats such a request as anonymous.",
    contactLink: "Contact ROPS",
  },
  paging: {
    heading: "Pagination",
    text: "Every paginated list (connection) requires `first` between 1 and 100. Get the next page by passing `after` set to the previous page's `pageInfo.endCursor`, while `pageInfo.hasNextPage` is `true`. Paging is forward only; `totalCount` gives the number of all results.",
  },
  limits: {
    heading: "Limits",
    text: "Every request is measured before it runs. A request over a limit gets HTTP 400 with one error and no data.",
    limitColumn: "Limit",
    valueColumn: "Value",
    codeColumn: "Error code",
    cost: "Query cost",
    depth: "Nesting depth",
    aliases: "Number of aliases",
    costText:
      "The cost is roughly the number of objects an answer may hold: each object 1, a list multiplies its items by its page size (`first`). Every answer reports its cost in `extensions.cost` (`requested`, `maximum`).",
    rateHeading: "Rate limit",
    rateText:
      "Every request spends its cost from a budget of points per time window: by default 20,000 points per 60 seconds per IP address without a key, and 100,000 per API key. Answers carry the headers `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (seconds). Over budget the API answers HTTP 429 with a `Retry-After` header (seconds) and the code `RATE_LIMITED` — wait that many seconds.",
  },
  errors: {
    heading: "Errors",
    text: "Errors are in the `errors` array, with a code in `extensions.code`:",
    codeColumn: "Code",
    meaningColumn: "Meaning",
    codes: {
      BAD_USER_INPUT: "an invalid argument; `extensions.field` names the field (e.g. `first`);",
      UNAUTHENTICATED: "sign-in or an API key is needed;",
      FORBIDDEN: "not allowed to run this operation;",
      NOT_FOUND: "the record does not exist or is not visible;",
      CONFLICT: "the change contradicts the state of the data (e.g. a concurrent edit);",
      INVALID_API_KEY: "the key is invalid, revoked or expired (HTTP 401);",
      RATE_LIMITED: "the request budget is spent (HTTP 429);",
      GRAPHQL_VALIDATION_FAILED: "the query does not match the schema;",
      INTERNAL_SERVER_ERROR: "a server error — details go to the log only.",
    },
    userErrors: "Mutations return data errors as typed `userErrors { field message }`, one per form field.",
  },
  bulk: {
    heading: "Bulk data and synchronization",
    openData:
      "The complete registers as CSV and JSON files under CC BY 4.0, with a DCAT-AP catalogue for open-data portals:",
    openDataLink: "Open data",
    catalogLink: "DCAT-AP catalogue (JSON-LD)",
    changes:
      "Incremental sync: start from the files, then ask `changes(since)` for the changes since your last cursor (example below), fetch each changed record with `node(id)` and drop the `DELETED` ones.",
    hsds: "The service catalogue in the Open Referral HSDS 3 standard:",
    federation:
      "The API can also run as an Apollo Federation 2 subgraph — the site's operator enables it at a partner's request.",
  },
  examples: {
    heading: "Examples",
    text: "Copy a query into your client or into the console. The results below come from this site, fetched when the page was shown.",
    query: "Query",
    variables: "Variables",
    result: "Result",
    unavailable: "The result could not be fetched just now — run the query in the console.",
    tryInConsole: "Run in the console",
    official: {
      heading: "For a local government official: suppliers for social procurement",
      text: "Organizations holding an active “Zakup Prospołeczny” certificate and social cooperatives in the Białystok county, with what they offer and their contact details.",
    },
    resident: {
      heading: "For a resident or a municipal website: services in a gmina",
      text: "Social assistance services available in Białystok: how to apply, which documents to bring and what it costs.",
    },
    partner: {
      heading: "For a partner system: syncing changes",
      text: "Fetch the changes since your last cursor (`since`), store `nextCursor` and repeat while `hasMore` is `true`. The first call without `since` starts from the beginning.",
      nodeText: "Then fetch the current state of each changed record by its `recordId`:",
    },
  },
  changelog: {
    heading: "API changes",
    text: "Changes that may break existing integrations are announced and listed first.",
    link: "API changelog",
    title: "API changelog",
    description:
      "The changelog of the Obserwatorium public GraphQL API: breaking changes, new fields and types.",
    englishNote: "The changelog is kept in English.",
    backLink: "Back to the API documentation",
  },
  console: {
    title: "API console (GraphiQL)",
    description: "A GraphiQL console for queries to the Obserwatorium API, with the schema documentation.",
    heading: "API console",
    lead: "Write and run queries against this site's API. The “Show Documentation Explorer” button opens the type documentation.",
    editors: { query: "Query", variables: "Variables", headers: "Headers", result: "Result" },
    loading: "Loading the console…",
    noScript: "The console needs JavaScript. You can send queries with any GraphQL client to:",
    backLink: "Back to the API documentation",
  },
};
