import type { RequestHandler } from "express";

const ALLOWED_HEADERS =
  "content-type, authorization, x-api-key, apollo-require-preflight, x-apollo-operation-name";
// A partner's page can read how much of its budget is left, and when to retry.
const EXPOSED_HEADERS = "ratelimit-limit, ratelimit-remaining, ratelimit-reset, retry-after";

/**
 * Lets pages of the listed origins call the API from the browser (CORS); with none listed, only
 * the API's own origin can. Cookies are never shared cross-origin (no Allow-Credentials): a partner
 * page that signs in sends a bearer token. A refused origin gets no CORS header at all, so the
 * browser blocks the call; a preflight it sends falls through to the API's 405.
 */
export function corsMiddleware(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    res.vary("Origin");
    const origin = req.headers.origin;
    if (!origin || !allowed.has(origin)) return next();
    res.setHeader("access-control-allow-origin", origin);
    if (req.method !== "OPTIONS") {
      res.setHeader("access-control-expose-headers", EXPOSED_HEADERS);
      return next();
    }
    res.setHeader("access-control-allow-methods", "GET, POST");
    res.setHeader("access-control-allow-headers", ALLOWED_HEADERS);
    res.setHeader("access-control-max-age", "600");
    res.status(204).end();
  };
}
