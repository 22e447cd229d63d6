import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { NextResponse, type NextRequest } from "next/server";
import { graphql } from "@/__generated__";
import { suggestionHref } from "@/features/search/search-links";
import type { SuggestionOption } from "@/features/search/site-search-box";
import { MAX_SUGGESTIONS } from "@/features/search/site-search-words";
import { visitorHeaders } from "@/lib/apollo/visitor-headers";
import { graphqlUrl } from "@/lib/config";
import { firstParam } from "@/lib/search-params";

const SuggestQuery = graphql(`
  query SiteSearchSuggest($prefix: String!) {
    suggest(prefix: $prefix) {
      kind
      label
      value
    }
  }
`);

const MAX_PREFIX_LENGTH = 100;

/**
 * The header box's completions (GET /szukaj/podpowiedzi?q=Bial): the API is not reachable from the
 * browser, so the site's server asks it and answers with labels and the address each one opens.
 */
export async function GET(request: NextRequest) {
  const prefix = firstParam(request.nextUrl.searchParams.get("q") ?? undefined).slice(0, MAX_PREFIX_LENGTH);
  if (prefix.length < 2) return NextResponse.json([] satisfies SuggestionOption[]);
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: new HttpLink({
      uri: graphqlUrl(),
      fetchOptions: { cache: "no-store" },
      // The API's rate limit is per visitor's address.
      headers: await visitorHeaders(),
    }),
  });
  const { data } = await client.query({
    query: SuggestQuery,
    variables: { prefix },
    errorPolicy: "all",
    fetchPolicy: "no-cache",
  });
  const options: SuggestionOption[] = (data?.suggest ?? []).slice(0, MAX_SUGGESTIONS).map((suggestion) => ({
    label: suggestion.label,
    kind: suggestion.kind,
    href: suggestionHref(suggestion),
  }));
  return NextResponse.json(options, { headers: { "cache-control": "private, max-age=60" } });
}
