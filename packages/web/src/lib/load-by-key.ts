import { badUserInput } from "./graphql-errors";

/** Slugs are short, lower-case words joined by hyphens; anything else cannot name a record. */
export const SLUG = /^[\p{L}\p{N}-]{1,200}$/u;

/** Global IDs are base64url; anything else cannot name a record. */
export const GLOBAL_ID = /^[A-Za-z0-9_-]{1,200}$/;

/**
 * The answer to a detail page's query for the record a URL segment names; null when the segment
 * cannot name one (it does not decode or does not match `pattern`) or the API refuses it as
 * BAD_USER_INPUT. Other errors go to the error page. Wrap the page's loader in React's `cache`, so
 * that generateMetadata and the page share one API call; only the page calls notFound(): thrown
 * from generateMetadata it would leave the not-found page to client-side rendering, which does not
 * work without JavaScript.
 */
export async function loadByKey<TData>(
  rawKey: string,
  pattern: RegExp,
  run: (key: string) => Promise<{ data?: TData; error?: unknown }>,
): Promise<TData | null> {
  let key: string;
  try {
    key = decodeURIComponent(rawKey);
  } catch {
    return null;
  }
  if (!pattern.test(key)) return null;
  const result = await run(key);
  if (result.error) {
    if (badUserInput(result.error)) return null;
    throw result.error;
  }
  return result.data ?? null;
}
