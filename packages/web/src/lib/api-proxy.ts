import { graphqlUrl } from "./config";

/**
 * What a caller may tell the API. Cookies stay behind: the site's own (the panel's) are not the
 * API's business, and partners authenticate with a bearer token or an API key.
 */
const REQUEST_HEADERS = [
  "accept",
  "access-control-request-headers",
  "access-control-request-method",
  "apollo-require-preflight",
  "authorization",
  "content-type",
  "if-modified-since",
  "if-none-match",
  "origin",
  "x-api-key",
  "x-apollo-operation-name",
  "x-forwarded-for",
  "x-forwarded-proto",
];

/** Never passed back: fetch has already decoded the body, and the API's cookies are not the site's. */
const DROPPED_RESPONSE_HEADERS = new Set([
  "connection",
  "content-encoding",
  "content-length",
  "keep-alive",
  "set-cookie",
  "transfer-encoding",
]);

/** The API's address for a path of its own (`/graphql`, `/open-data/…`), from GRAPHQL_URL. */
export function apiUrl(pathAndQuery: string): URL {
  return new URL(pathAndQuery, graphqlUrl());
}

/**
 * Passes a request on to the API unchanged in meaning and returns its answer as it is (status,
 * body, rate-limit and cache headers), so the API has one public address: the site's.
 */
export async function forwardToApi(request: Request, pathAndQuery: string): Promise<Response> {
  const headers = new Headers();
  for (const name of REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  // Links the API writes into its answers (the open-data catalogue) then name the site's address.
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) headers.set("x-forwarded-host", host);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  let answer: Response;
  try {
    answer = await fetch(apiUrl(pathAndQuery), {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      cache: "no-store",
      redirect: "manual",
    });
  } catch {
    return Response.json(
      {
        errors: [
          {
            message: "The API is unavailable; try again shortly.",
            extensions: { code: "SERVICE_UNAVAILABLE" },
          },
        ],
      },
      { status: 503, headers: { "retry-after": "30" } },
    );
  }
  const responseHeaders = new Headers();
  answer.headers.forEach((value, name) => {
    if (!DROPPED_RESPONSE_HEADERS.has(name)) responseHeaders.set(name, value);
  });
  return new Response(answer.body, { status: answer.status, headers: responseHeaders });
}
