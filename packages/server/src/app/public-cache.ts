import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import type { RequestContext } from "./context";

/** How long shared caches (a CDN, a proxy) may keep an anonymous GET query's answer. */
export const PUBLIC_MAX_AGE_SECONDS = 60;

/**
 * An anonymous query sent by GET answers the same for everyone: `Cache-Control: max-age=60,
 * public`, varying by the headers that could change it. Everything else — POST, mutations, signed-in
 * callers, answers with errors — stays `no-store`.
 */
export function publicCachePlugins(): ApolloServerPlugin<RequestContext>[] {
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: PUBLIC_MAX_AGE_SECONDS }),
    {
      requestDidStart: async ({ request, contextValue }) => {
        const isGet = request.http?.method === "GET";
        return {
          didResolveOperation: async ({ operation, overallCachePolicy }) => {
            if (
              !isGet ||
              operation?.operation !== "query" ||
              contextValue.auth.user ||
              contextValue.auth.apiKey
            ) {
              overallCachePolicy.restrict({ maxAge: 0 });
            }
          },
          willSendResponse: async ({ response }) => {
            // Set here, not by express: Apollo's headers replace those set before it.
            if (isGet) response.http.headers.set("vary", "Accept, Authorization, Cookie, Origin, X-API-Key");
          },
        };
      },
    },
  ];
}
