import {
  ApolloClient,
  HttpLink,
  InMemoryCache,
  type OperationVariables,
  type TypedDocumentNode,
} from "@apollo/client";
import { headers } from "next/headers";
import { graphqlUrl } from "../config";
import { readPanelToken } from "./session-cookie";

/**
 * The API as the signed-in panel user: the session token goes as a bearer token (not as a cookie,
 * so the API's CSRF rules for cookie-authenticated writes never apply to it) with the user's
 * address for the API's throttling. Errors come back in the result (`errorPolicy: "all"`).
 */
async function panelClient() {
  const token = await readPanelToken();
  const forwardedFor = (await headers()).get("x-forwarded-for");
  const requestHeaders: Record<string, string> = {};
  if (token) requestHeaders.authorization = `Bearer ${token}`;
  if (forwardedFor) requestHeaders["x-forwarded-for"] = forwardedFor;
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: new HttpLink({ uri: graphqlUrl(), fetchOptions: { cache: "no-store" }, headers: requestHeaders }),
  });
}

export async function panelQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) {
  const client = await panelClient();
  return client.query({ query, variables, errorPolicy: "all", fetchPolicy: "no-cache" });
}

export async function panelMutate<TData, TVariables extends OperationVariables>(
  mutation: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) {
  const client = await panelClient();
  return client.mutate({ mutation, variables, errorPolicy: "all", fetchPolicy: "no-cache" });
}

/**
 * One mutation's payload (`data[field]`) as the signed-in user. A transport or GraphQL error — not
 * the user's to fix, unlike the payload's userErrors — is thrown for the action to log and word.
 */
export async function panelPayload<TData, TVariables extends OperationVariables, TField extends keyof TData>(
  mutation: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  field: TField,
): Promise<NonNullable<TData[TField]>> {
  const { data, error } = await panelMutate(mutation, variables);
  const payload = data?.[field];
  if (error || payload == null) throw error ?? new Error(`${String(field)} returned no data`);
  return payload;
}
