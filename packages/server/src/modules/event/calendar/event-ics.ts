import { EVENT_KIND_LABELS_PL } from "@obserwatorium/schema";
import type { EventRecord } from "../event.entity";
import { serializeCalendar, type IcsEvent } from "./ics";

/** Where the site shows an event; the calendar links there. */
export const eventPageUrl = (siteUrl: string, slug: string) =>
  `${siteUrl}/wydarzenia/${encodeURIComponent(slug)}`;

/** The event's place in one line: venue, street, postal code and city; or that it is online. */
export function eventLocation(event: EventRecord): string | undefined {
  const town = [event.postalCode, event.city].filter(Boolean).join(" ");
  const place = [event.venueName, event.streetAddress, town].filter(Boolean).join(", ");
  if (place && event.onlineUrl) return `${place} (także online)`;
  return place || (event.onlineUrl ? `Online: ${event.onlineUrl}` : undefined);
}

export function eventToIcs(event: EventRecord, siteUrl: string): IcsEvent {
  const url = eventPageUrl(siteUrl, event.slug);
  const description = [
    event.summary,
    `Szczegóły i zapisy: ${url}`,
    ...(event.onlineUrl ? [`Udział online: ${event.onlineUrl}`] : []),
  ].join("\n\n");
  return {
    uid: `${event.id}@obserwatorium`,
    start: event.startsAt,
    end: event.endsAt,
    lastModified: event.updatedAt,
    summary: event.title,
    description,
    location: eventLocation(event),
    ...(event.latitude != null && event.longitude != null
      ? { geo: { latitude: event.latitude, longitude: event.longitude } }
      : {}),
    url,
    status: "CONFIRMED",
    categories: [EVENT_KIND_LABELS_PL[event.kind]],
  };
}

export function eventsCalendar(
  events: readonly EventRecord[],
  siteUrl: string,
  now: Date,
  name: string,
): string {
  return serializeCalendar({
    productId: "-//Obserwatorium//Kalendarz wydarzeń//PL",
    name,
    createdAt: now,
    events: events.map((event) => eventToIcs(event, siteUrl)),
  });
}
