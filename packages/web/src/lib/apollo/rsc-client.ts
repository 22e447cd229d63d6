import { ApolloLink, HttpLink } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { ApolloClient, InMemoryCache, registerApolloClient } from "@apollo/client-integration-nextjs";
import { graphqlUrl } from "../config";
import { visitorHeaders } from "./visitor-headers";

/**
 * One Apollo Client per server request, for React Server Components. Nothing reads a server
 * request's answers twice, so results skip the normalized cache, whose writes and reads back
 * (twenty services with their places on a catalogue page) cost time for nothing. Every request
 * carries the visitor's address, for the API's per-address rate limit.
 */
export const { query } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: new InMemoryCache(),
      link: ApolloLink.from([
        new SetContextLink(async ({ headers }) => ({ headers: { ...headers, ...(await visitorHeaders()) } })),
        new HttpLink({ uri: graphqlUrl(), fetchOptions: { cache: "no-store" } }),
      ]),
      defaultOptions: { query: { fetchPolicy: "no-cache" } },
    }),
);
