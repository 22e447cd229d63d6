import type { RunningApi } from "@obserwatorium/server";
import { createUser } from "@obserwatorium/server";
import { graphqlRequest } from "./test-hub";
import type { TestDatabase } from "./test-hub";

export const EDITOR_PASSWORD = "correct horse battery staple";

/** Creates an editor account and signs in through the API; returns the bearer headers. */
export async function signInEditor(
  database: TestDatabase,
  api: RunningApi,
  email = "redakcja@rops.example.pl",
) {
  await createUser(database.orm.em.fork(), {
    email,
    displayName: "Redakcja ROPS",
    role: "EDITOR",
    password: EDITOR_PASSWORD,
  });
  const response = await graphqlRequest<{ login: { token: string | null } }>(
    api,
    `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
    { email, password: EDITOR_PASSWORD },
  );
  const token = response.data?.login.token;
  if (!token) throw new Error(`Sign-in failed: ${JSON.stringify(response)}`);
  return { authorization: `Bearer ${token}` };
}
