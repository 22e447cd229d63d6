import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { createOrm, createUser } from "@obserwatorium/server";
import type { HubProcess } from "./hub-process";

const PASSWORD = "correct horse battery staple";

/** A GraphQL request to the hub's API; throws on GraphQL errors so a test never reads half an answer. */
export async function hubGraphql<TData>(
  hub: Pick<HubProcess, "apiUrl">,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<TData> {
  const response = await fetch(hub.apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: TData; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body)}`);
  return body.data;
}

/** The API's largest page: `first` of every connection is 1 to 100. */
const MAX_PAGE = 100;

/**
 * Every node of a connection, page after page. `query` takes `$first` and `$after` and aliases the
 * connection as `list`, e.g. `query ($first: Int!, $after: String) { list: organizations(first: $first, after: $after) { … } }`.
 */
export async function hubAllNodes<TNode>(
  hub: Pick<HubProcess, "apiUrl">,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<TNode[]> {
  interface ListPage {
    list: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: TNode }[] };
  }
  const nodes: TNode[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const { list }: ListPage = await hubGraphql<ListPage>(
      hub,
      query,
      { ...variables, first: MAX_PAGE, after },
      headers,
    );
    nodes.push(...list.edges.map((edge) => edge.node));
    if (!list.pageInfo.hasNextPage) return nodes;
    after = list.pageInfo.endCursor;
  }
  throw new Error("The list did not end after 100 pages");
}

/** Creates an editor in the hub's own database and signs in through the API; returns bearer headers. */
export async function signInHubEditor(
  hub: Pick<HubProcess, "apiUrl" | "databaseUrl">,
  // Test files share one hub: each signs in as an editor of its own.
  email = `redakcja-${randomUUID().slice(0, 8)}@rops.example.pl`,
): Promise<Record<string, string>> {
  const orm = await createOrm({ databaseUrl: hub.databaseUrl(), poolMax: 1 });
  try {
    await createUser(orm.em.fork(), {
      email,
      displayName: "Redakcja ROPS",
      role: "EDITOR",
      password: PASSWORD,
    });
  } finally {
    await orm.close(true);
  }
  const { login } = await hubGraphql<{ login: { token: string | null } }>(
    hub,
    "mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }",
    { email, password: PASSWORD },
  );
  if (!login.token) throw new Error("The editor could not sign in");
  return { authorization: `Bearer ${login.token}` };
}
