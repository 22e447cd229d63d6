import {
  ApolloClient,
  HttpLink,
  InMemoryCache,
  type OperationVariables,
  type TypedDocumentNode,
} from "@apollo/client";
import { headers } from "next/headers";
import { graphqlUrl } from "../config";

/**
 * Runs a mutation from the site's server (a server action) with `errorPolicy: "all"`, so that the
 * caller sees GraphQL errors instead of an exception.
 *
 * The API sees the site's loopback address on every request; it rate-limits anonymous writes by the
 * X-Forwarded-For it trusts from loopback. So the resident's address goes along: Next.js fills the
 * incoming header from the socket when no proxy in front of the site has set it.
 */
export async function mutate<TData, TVariables extends OperationVariables>(
  mutation: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) {
  const forwardedFor = (await headers()).get("x-forwarded-for");
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: new HttpLink({ uri: graphqlUrl(), fetchOptions: { cache: "no-store" } }),
  });
  return client.mutate({
    mutation,
    variables,
    errorPolicy: "all",
    fetchPolicy: "no-cache",
    context: { headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} },
  });
}
