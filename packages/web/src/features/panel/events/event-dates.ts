const WALL_CLOCK = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Warsaw",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/**
 * A moment as the clock in Poland showed it, in the form `<input type="datetime-local">` takes
 * (2026-12-03T10:00); the API reads such a value back as Warsaw time, summer time included.
 */
export function warsawWallClock(iso: unknown): string {
  if (typeof iso !== "string" || !iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const part = Object.fromEntries(WALL_CLOCK.formatToParts(date).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/** A typed date and time as the API takes it: `2026-12-03 10:00` or `…T10:00`; blank stays blank. */
export function wallClockInput(value: string | null | undefined): string {
  return (value ?? "")
    .trim()
    .replace(
      /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(:\d{2})?$/,
      (_, day, hour, minute) => `${day}T${hour.padStart(2, "0")}:${minute}`,
    );
}

const SPAN_DAY = new Intl.DateTimeFormat("pl-PL", { dateStyle: "medium", timeZone: "Europe/Warsaw" });
const SPAN_TIME = new Intl.DateTimeFormat("pl-PL", { timeStyle: "short", timeZone: "Europe/Warsaw" });

/** "3 gru 2026, 10:00–14:00", or both dates when the event spans days (Warsaw time). */
export function eventSpan(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startsAt}–${endsAt}`;
  const startDay = SPAN_DAY.format(start);
  const endDay = SPAN_DAY.format(end);
  return startDay === endDay
    ? `${startDay}, ${SPAN_TIME.format(start)}–${SPAN_TIME.format(end)}`
    : `${startDay}, ${SPAN_TIME.format(start)} – ${endDay}, ${SPAN_TIME.format(end)}`;
}
