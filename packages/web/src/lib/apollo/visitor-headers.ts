import { headers } from "next/headers";

/**
 * The visitor's address for the API, which limits anonymous callers per address and trusts
 * X-Forwarded-For from loopback: without it, every visitor would share the site's own budget.
 * Next.js fills the incoming header from the socket when no proxy in front of the site has set it.
 */
export async function visitorHeaders(): Promise<Record<string, string>> {
  const forwardedFor = (await headers()).get("x-forwarded-for");
  return forwardedFor ? { "x-forwarded-for": forwardedFor } : {};
}

/** The same for a route handler's own fetch to the API. */
export function forwardedFor(request: Request): Record<string, string> {
  const value = request.headers.get("x-forwarded-for");
  return value ? { "x-forwarded-for": value } : {};
}
