import { graphqlUrl } from "@/lib/config";
import { SLUG } from "@/lib/load-by-key";

/**
 * Where the API serves iCalendar (on the GraphQL server's origin): the feed of coming events, or
 * one event's file when `slug` is given; null when the slug cannot name an event.
 */
export function apiCalendarUrl(slug: string | null, base: string = graphqlUrl()): URL | null {
  if (slug === null || slug === "") return new URL("/calendar/events.ics", base);
  if (!SLUG.test(slug)) return null;
  return new URL(`/calendar/events/${encodeURIComponent(slug)}.ics`, base);
}
