import { HttpLink } from "@apollo/client";
import { ApolloClient, InMemoryCache, registerApolloClient } from "@apollo/client-integration-nextjs";
import { graphqlUrl } from "../config";

/** One Apollo Client per server request, for React Server Components. */
export const { query } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: new InMemoryCache(),
      link: new HttpLink({ uri: graphqlUrl(), fetchOptions: { cache: "no-store" } }),
    }),
);
