import { HttpLink } from "@apollo/client";
import { ApolloClient, InMemoryCache, registerApolloClient } from "@apollo/client-integration-nextjs";
import { graphqlUrl } from "../config";

/**
 * One Apollo Client per server request, for React Server Components. Nothing reads a server
 * request's answers twice, so results skip the normalized cache, whose writes and reads back
 * (twenty services with their places on a catalogue page) cost time for nothing.
 */
export const { query } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: new InMemoryCache(),
      link: new HttpLink({ uri: graphqlUrl(), fetchOptions: { cache: "no-store" } }),
      defaultOptions: { query: { fetchPolicy: "no-cache" } },
    }),
);
