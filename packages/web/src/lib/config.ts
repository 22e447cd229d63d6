const DEFAULT_GRAPHQL_URL = "http://127.0.0.1:4000/graphql";

/** Where the site's server reaches the GraphQL API (GRAPHQL_URL), validated on first use. */
export function graphqlUrl(): string {
  const value = process.env.GRAPHQL_URL?.trim() || DEFAULT_GRAPHQL_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`GRAPHQL_URL must be an http(s) URL like ${DEFAULT_GRAPHQL_URL}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`GRAPHQL_URL must be an http(s) URL like ${DEFAULT_GRAPHQL_URL}`);
  }
  return url.toString();
}
