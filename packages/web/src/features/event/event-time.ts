import { LOCALE_TAGS, type Locale } from "@/i18n/locales";

/** Events happen in Poland: every date and time the site shows is Warsaw time. */
export const EVENT_TIME_ZONE = "Europe/Warsaw";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Minutes Warsaw is ahead of UTC at `instant` (60 in winter, 120 in summer). */
export function warsawOffsetMinutes(instant: Date): number {
  const name = new Intl.DateTimeFormat("en", { timeZone: EVENT_TIME_ZONE, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/** The instant a Warsaw calendar day (YYYY-MM-DD) starts, as an ISO string in UTC. */
export function warsawDayStart(isoDate: string): string {
  const midnightUtc = new Date(`${isoDate}T00:00:00Z`);
  // The offset at midnight is the one of the day before a change, which never falls at midnight.
  const offset = warsawOffsetMinutes(new Date(midnightUtc.getTime() - 12 * 3600_000));
  return new Date(midnightUtc.getTime() - offset * 60_000).toISOString();
}

/** The Warsaw calendar day after `isoDate`. */
export function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Today's date in Warsaw, YYYY-MM-DD. */
export function warsawToday(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: EVENT_TIME_ZONE }).format(now);
}

/**
 * When an event takes place, in the page's language: "14 maja 2026, 10:00–14:00", or both ends in
 * full for events of several days ("14 maja 2026 10:00 – 15 maja 2026 14:00").
 */
export function eventWhen(startsAt: string, endsAt: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: EVENT_TIME_ZONE,
  });
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startsAt} – ${endsAt}`;
  return format.formatRange(start, end);
}

/** A moment (registration opening or closing) in the page's language: "14 maja 2026, 10:00". */
export function eventMoment(instant: string, locale: Locale): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: EVENT_TIME_ZONE,
  }).format(date);
}

/** The Warsaw day of an API's local timestamp ("2026-12-03T10:00:00+01:00" → "2026-12-03"). */
export const localDay = (local: string) => local.slice(0, 10);
