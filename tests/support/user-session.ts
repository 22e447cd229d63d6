import { randomUUID } from "node:crypto";
import type { RunningApi } from "@obserwatorium/server";
import { createUser } from "@obserwatorium/server";
import { graphqlRequest, type TestDatabase } from "./test-hub";

export const USER_PASSWORD = "correct horse battery staple";

export interface SignedInUser {
  id: string;
  email: string;
  headers: Record<string, string>;
}

/**
 * Creates an account of any role (an ORGANIZATION_REP with the organization's UUID) and signs in
 * through the API; returns its ID and the bearer headers.
 */
export async function signInAs(
  database: TestDatabase,
  api: RunningApi,
  role: "ADMIN" | "EDITOR" | "ORGANIZATION_REP",
  { organizationId = null, name = "Anna Nowak" }: { organizationId?: string | null; name?: string } = {},
): Promise<SignedInUser> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.pl`;
  const user = await createUser(database.orm.em.fork(), {
    email,
    displayName: name,
    role,
    password: USER_PASSWORD,
    organizationId,
  });
  const response = await graphqlRequest<{ login: { token: string | null } }>(
    api,
    `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
    { email, password: USER_PASSWORD },
  );
  const token = response.data?.login.token;
  if (!token) throw new Error(`Sign-in failed: ${JSON.stringify(response)}`);
  return { id: user.id, email, headers: { authorization: `Bearer ${token}` } };
}

/** The `extensions.code` of the first error, or null when the request succeeded. */
export function errorCode(response: { errors?: { extensions?: { code?: string } }[] }): string | null {
  return response.errors?.[0]?.extensions?.code ?? null;
}
