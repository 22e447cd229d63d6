import type { RegistrationState } from "@/__generated__/graphql";
import type { EventsMessages } from "@/i18n/messages/events.pl";

/**
 * Where registration stands, in words (never by colour alone): "zapisy otwarte — 12 wolnych miejsc",
 * "brak wolnych miejsc — zapis na listę rezerwową", "zapisy zamknięte".
 */
export function registrationText(
  event: { registrationState: RegistrationState; placesLeft?: number | null },
  words: EventsMessages["state"],
): string {
  const state = words[event.registrationState];
  if (event.registrationState !== "OPEN") return state;
  const places =
    event.placesLeft === null || event.placesLeft === undefined
      ? words.unlimited
      : words.placesLeft(event.placesLeft);
  return `${state} — ${places}`;
}

export interface VenueParts {
  name?: string | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  city: string;
}

/** "Sala konferencyjna, ul. Główna 1, 18-100 Łapy": the parts the organizer gave. */
export function venueText(venue: VenueParts): string {
  const town = [venue.postalCode, venue.city].filter(Boolean).join(" ");
  return [venue.name, venue.streetAddress, town].filter(Boolean).join(", ");
}
