import {
  ApolloClient,
  HttpLink,
  InMemoryCache,
  type OperationVariables,
  type TypedDocumentNode,
} from "@apollo/client";
import { graphqlUrl } from "../config";
import { visitorHeaders } from "./visitor-headers";

/**
 * Runs a mutation from the site's server (a server action) with `errorPolicy: "all"`, so that the
 * caller sees GraphQL errors instead of an exception.
 * The resident's address goes along (visitorHeaders): the API limits anonymous writes per address.
 */
export async function mutate<TData, TVariables extends OperationVariables>(
  mutation: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) {
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: new HttpLink({ uri: graphqlUrl(), fetchOptions: { cache: "no-store" } }),
  });
  return client.mutate({
    mutation,
    variables,
    errorPolicy: "all",
    fetchPolicy: "no-cache",
    context: { headers: await visitorHeaders() },
  });
}
