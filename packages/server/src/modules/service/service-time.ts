/** ISO weekday (1 = Monday), date and "HH:MM" of a moment, as a clock on a wall in Poland shows it. */
export interface WarsawMoment {
  date: string;
  weekday: number;
  time: string;
}

const warsawParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Warsaw",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export function warsawMoment(now: Date): WarsawMoment {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    warsawParts.formatToParts(now).find((candidate) => candidate.type === type)?.value ?? "";
  return {
    date: `${part("year")}-${part("month")}-${part("day")}`,
    weekday: WEEKDAYS.indexOf(part("weekday")) + 1,
    time: `${part("hour")}:${part("minute")}`,
  };
}

/** "HH:MM" from PostgreSQL's "HH:MM:SS". */
export function shortTime(value: string): string {
  return value.slice(0, 5);
}

/** Stale = not verified within the last 12 months (never verified counts as stale). */
export function isStaleOn(lastVerifiedAt: string | Date | null | undefined, today: string): boolean {
  if (lastVerifiedAt == null) return true;
  const verified =
    lastVerifiedAt instanceof Date ? lastVerifiedAt.toISOString().slice(0, 10) : lastVerifiedAt;
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  const cutoff = new Date(Date.UTC(year - 1, month - 1, day));
  if (cutoff.getUTCMonth() !== month - 1) cutoff.setUTCDate(0); // 29 Feb → 28 Feb a year earlier
  return verified < cutoff.toISOString().slice(0, 10);
}
