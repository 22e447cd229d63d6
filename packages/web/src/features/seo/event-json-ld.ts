import { nonEmpty, type JsonLd } from "./json-ld";

export interface EventJsonLdInput {
  title: string;
  summary: string;
  startsAt: string;
  endsAt: string;
  attendanceMode: "ON_SITE" | "ONLINE" | "HYBRID";
  venue: {
    name?: string | null;
    streetAddress?: string | null;
    postalCode?: string | null;
    city: string;
  } | null;
  onlineUrl: string | null;
  organizer: { name: string; url?: string };
  /** Polish names of the professional groups it is for. */
  audiences: string[];
  isFull: boolean;
}

const ATTENDANCE_MODES = {
  ON_SITE: "https://schema.org/OfflineEventAttendanceMode",
  ONLINE: "https://schema.org/OnlineEventAttendanceMode",
  HYBRID: "https://schema.org/MixedEventAttendanceMode",
} as const;

/** schema.org Event for an event's page (`pageUrl`), with its place and/or online address. */
export function eventJsonLd(event: EventJsonLdInput, pageUrl: string): JsonLd {
  const place: JsonLd | undefined = event.venue
    ? {
        "@type": "Place",
        name: event.venue.name || event.venue.city,
        address: {
          "@type": "PostalAddress",
          streetAddress: event.venue.streetAddress || undefined,
          postalCode: event.venue.postalCode || undefined,
          addressLocality: event.venue.city,
          addressCountry: "PL",
        },
      }
    : undefined;
  const online: JsonLd | undefined =
    event.attendanceMode !== "ON_SITE" && event.onlineUrl
      ? { "@type": "VirtualLocation", url: event.onlineUrl }
      : undefined;
  const locations = [place, online].filter((location): location is JsonLd => !!location);
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": `${pageUrl}#wydarzenie`,
    name: event.title,
    description: event.summary || undefined,
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: ATTENDANCE_MODES[event.attendanceMode],
    location: locations.length === 1 ? locations[0] : nonEmpty(locations),
    organizer: { "@type": "Organization", name: event.organizer.name, url: event.organizer.url },
    audience: nonEmpty(event.audiences.map((audienceType) => ({ "@type": "Audience", audienceType }))),
    url: pageUrl,
    offers: {
      "@type": "Offer",
      price: 0,
      priceCurrency: "PLN",
      url: pageUrl,
      availability: event.isFull ? "https://schema.org/SoldOut" : "https://schema.org/InStock",
    },
  };
}
