/** ISO weekdays 1–7, Monday first as in Poland. */
export const WEEKDAY_NAMES = [
  "poniedziałek",
  "wtorek",
  "środa",
  "czwartek",
  "piątek",
  "sobota",
  "niedziela",
] as const;

export interface WeeklySpan {
  weekday: number;
  opens: string;
  closes: string;
}

export interface WeekdayHours {
  weekday: number;
  name: (typeof WEEKDAY_NAMES)[number];
  /** "8:00–12:00", earliest first; empty when closed all day. */
  spans: string[];
}

/** "8:00" for the API's "08:00": Polish notation writes hours without a leading zero. */
export function formatTime(time: string): string {
  return time.replace(/^0(\d):/, "$1:");
}

export function formatSpan(opens: string, closes: string): string {
  return `${formatTime(opens)}–${formatTime(closes)}`;
}

/** All seven days, Monday first, each with its spans (a day may have several, e.g. a lunch break). */
export function weeklyHours(hours: readonly WeeklySpan[]): WeekdayHours[] {
  return WEEKDAY_NAMES.map((name, index) => {
    const weekday = index + 1;
    const spans = hours
      .filter((span) => span.weekday === weekday)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((span) => formatSpan(span.opens, span.closes));
    return { weekday, name, spans };
  });
}

const polishCalendarDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Warsaw",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Poland, "YYYY-MM-DD" (opening hours are Polish local time). */
export function todayInPoland(now: Date): string {
  return polishCalendarDate.format(now);
}

/** Exceptions from today on: past holidays tell a resident nothing. */
export function upcomingExceptions<T extends { date: string }>(exceptions: readonly T[], today: string): T[] {
  return exceptions.filter((exception) => exception.date.slice(0, 10) >= today);
}
