import { badUserInput, type BadUserInput } from "./graphql-errors";

/**
 * A list page's search: the data, or — when the API refuses the search as BAD_USER_INPUT — why,
 * worded by `describe` for the page's error summary. Other errors, and an answer without data
 * (`what` names the search in that error), go to the error page.
 */
export async function searchOrInvalid<TData, TInvalid>(
  run: () => Promise<{ data?: TData; error?: unknown }>,
  describe: (error: BadUserInput) => TInvalid,
  what: string,
): Promise<{ data: TData; invalid: null } | { data: null; invalid: TInvalid }> {
  const result = await run();
  if (result.error) {
    const invalid = badUserInput(result.error);
    if (!invalid) throw result.error;
    return { data: null, invalid: describe(invalid) };
  }
  if (!result.data) throw new Error(`The ${what} search returned no data`);
  return { data: result.data, invalid: null };
}
