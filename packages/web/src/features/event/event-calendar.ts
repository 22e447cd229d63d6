import { nextDay } from "@/lib/warsaw-dates";
import { localDay } from "./event-time";
import { monthBounds } from "./event-search";

/** The weeks of a month (YYYY-MM), Monday first; days of the neighbouring months are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const { first, next } = monthBounds(month);
  const leading = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  const days: (string | null)[] = Array.from({ length: leading }, () => null);
  for (let day = first; day < next; day = nextDay(day)) days.push(day);
  while (days.length % 7 !== 0) days.push(null);
  return Array.from({ length: days.length / 7 }, (_, week) => days.slice(week * 7, week * 7 + 7));
}

export interface CalendarEntry<T> {
  event: T;
  /** False on the second and later days of an event of several days. */
  starts: boolean;
}

/**
 * The events of each day of the month (YYYY-MM) in Warsaw time; an event of several days is on each
 * of its days, in the order given (soonest first).
 */
export function eventsByDay<T extends { startsAtLocal: string; endsAtLocal: string }>(
  events: readonly T[],
  month: string,
): Map<string, CalendarEntry<T>[]> {
  const { first, next } = monthBounds(month);
  const days = new Map<string, CalendarEntry<T>[]>();
  for (const event of events) {
    const start = localDay(event.startsAtLocal);
    const end = localDay(event.endsAtLocal);
    for (let day = start < first ? first : start; day <= end && day < next; day = nextDay(day)) {
      const entries = days.get(day) ?? [];
      entries.push({ event, starts: day === start });
      days.set(day, entries);
    }
  }
  return days;
}
