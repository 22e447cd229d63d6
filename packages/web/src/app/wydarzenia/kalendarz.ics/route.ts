import type { NextRequest } from "next/server";
import { forwardedFor } from "@/lib/apollo/visitor-headers";
import { apiCalendarUrl } from "@/features/event/event-calendar-source";

export const dynamic = "force-dynamic";

function plainText(status: number, text: string): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

const PASSED_HEADERS = ["content-type", "content-disposition", "cache-control", "etag", "last-modified"];

/**
 * The events calendar as iCalendar, from the API (GRAPHQL_URL is internal, so the browser cannot
 * ask it directly): the feed of coming events, or with `?wydarzenie=<slug>` one event.
 */
export async function GET(request: NextRequest) {
  const url = apiCalendarUrl(request.nextUrl.searchParams.get("wydarzenie"));
  if (!url) return plainText(404, "Nie ma takiego wydarzenia.");
  let upstream: Response;
  try {
    // The API's rate limit is per visitor's address.
    upstream = await fetch(url, {
      cache: "no-store",
      signal: request.signal,
      headers: forwardedFor(request),
    });
  } catch {
    return plainText(502, "Nie udało się pobrać kalendarza. Spróbuj ponownie za chwilę.");
  }
  if (upstream.status === 404) return plainText(404, "Nie ma takiego wydarzenia.");
  if (!upstream.ok || !upstream.body) {
    return plainText(502, "Nie udało się pobrać kalendarza. Spróbuj ponownie za chwilę.");
  }
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
}
