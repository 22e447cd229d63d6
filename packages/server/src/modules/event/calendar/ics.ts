/** A small iCalendar (RFC 5545) writer: only what the events calendar publishes. */

export interface IcsEvent {
  /** Globally unique and stable for the life of the event. */
  uid: string;
  start: Date;
  end: Date;
  /** When the event's data last changed. */
  lastModified: Date;
  summary: string;
  description?: string;
  location?: string;
  geo?: { latitude: number; longitude: number };
  url?: string;
  status: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
  categories?: string[];
}

export interface IcsCalendar {
  productId: string;
  name: string;
  /** The DTSTAMP of every event: when this calendar object was created. */
  createdAt: Date;
  events: IcsEvent[];
}

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

/** TEXT values: backslash, semicolon and comma are escaped, every line break becomes \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Splits a content line into lines of at most 75 octets, each continuation starting with a space
 * (which counts); never inside a multi-byte UTF-8 character.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, "utf8");
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** A DATE-TIME in UTC: 20261203T090000Z. */
export function formatUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** URIs are not TEXT: nothing is escaped, but a line break could inject properties. */
function uri(value: string): string {
  if (/[\r\n]/.test(value)) throw new Error("A URI in a calendar must not contain line breaks");
  return value;
}

function eventLines(event: IcsEvent, stamp: Date): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtc(stamp)}`,
    `LAST-MODIFIED:${formatUtc(event.lastModified)}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.geo) lines.push(`GEO:${event.geo.latitude};${event.geo.longitude}`);
  if (event.url) lines.push(`URL:${uri(event.url)}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(",")}`);
  lines.push(`STATUS:${event.status}`, "END:VEVENT");
  return lines;
}

/** The whole calendar object: CRLF line endings, every line folded, a final CRLF. */
export function serializeCalendar(calendar: IcsCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeText(calendar.productId)}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    "X-WR-TIMEZONE:Europe/Warsaw",
    ...calendar.events.flatMap((event) => eventLines(event, calendar.createdAt)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
