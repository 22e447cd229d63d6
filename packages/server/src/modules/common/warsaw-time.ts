/** The hub serves Poland: instants are stored in UTC and shown, entered and dated in Europe/Warsaw. */
export const WARSAW_TIME_ZONE = "Europe/Warsaw";

const warsawParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: WARSAW_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(instant: Date): LocalParts {
  const parts = Object.fromEntries(
    warsawParts.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const asUtc = (parts: LocalParts) =>
  Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);

/** Minutes Warsaw is ahead of UTC at this instant: 60 in winter, 120 in summer. */
export function warsawOffsetMinutes(instant: Date): number {
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return (asUtc(localParts(instant)) - wholeSeconds) / 60_000;
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/** ISO 8601 in Warsaw time with its offset, e.g. 2026-12-03T10:00:00+01:00. */
export function formatWarsawIso(instant: Date): string {
  const parts = localParts(instant);
  const offset = warsawOffsetMinutes(instant);
  const sign = offset < 0 ? "-" : "+";
  const absolute = Math.abs(offset);
  return (
    `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}:` +
    `${pad(parts.second)}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
  );
}

/** The calendar date in Warsaw of an instant, YYYY-MM-DD. */
export function warsawDate(instant: Date): string {
  return formatWarsawIso(instant).slice(0, 10);
}

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * An instant from ISO 8601: with `Z` or an offset it is exact; without one (what a
 * datetime-local field sends) it is Warsaw wall-clock time. Null when malformed, not a real
 * date, or a wall-clock time skipped by the spring clock change.
 */
export function parseEventInstant(value: string): Date | null {
  const text = value.trim();
  if (WITH_OFFSET.test(text)) {
    const instant = new Date(text);
    if (Number.isNaN(instant.getTime())) return null;
    // Date accepts 2026-02-31; the calendar date before the offset must exist.
    const [year, month, day] = text.slice(0, 10).split("-").map(Number) as [number, number, number];
    const check = new Date(Date.UTC(year, month - 1, day));
    return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? instant : null;
  }
  const match = LOCAL.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const wanted: LocalParts = {
    year: year!,
    month: month!,
    day: day!,
    hour: hour!,
    minute: minute!,
    second: second ?? 0,
  };
  if (Number.isNaN(wanted.second)) wanted.second = 0;
  if (wanted.hour > 23 || wanted.minute > 59 || wanted.second > 59) return null;
  const wallClock = asUtc(wanted);
  let instant = wallClock - warsawOffsetMinutes(new Date(wallClock)) * 60_000;
  instant = wallClock - warsawOffsetMinutes(new Date(instant)) * 60_000;
  const result = new Date(instant);
  const back = localParts(result);
  const same = (Object.keys(wanted) as (keyof LocalParts)[]).every((key) => back[key] === wanted[key]);
  return same ? result : null;
}
