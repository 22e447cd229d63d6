import { CombinedGraphQLErrors } from "@apollo/client";

export interface BadUserInput {
  /** The argument the API names, e.g. "filter.cpvPrefix"; null when it names none. */
  field: string | null;
  message: string;
}

/**
 * The first BAD_USER_INPUT error of a GraphQL response, or null when the error is of another kind
 * (those are not the user's to fix and go to the error page).
 */
export function badUserInput(error: unknown): BadUserInput | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const found = error.errors.find((item) => item.extensions?.code === "BAD_USER_INPUT");
  if (!found) return null;
  const field = found.extensions?.field;
  return { field: typeof field === "string" ? field : null, message: found.message };
}
