import { LOCALE_TAGS, type Locale } from "@/i18n/locales";

/** Events happen in Poland: every date and time the site shows is Warsaw time. */
export const EVENT_TIME_ZONE = "Europe/Warsaw";

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
