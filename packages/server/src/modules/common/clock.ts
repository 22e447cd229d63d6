import { warsawDate } from "./warsaw-time";

/** "Today" for validity rules is the calendar date in Poland, whatever the server's time zone. */
export interface Clock {
  now(): Date;
  today(): string;
}

export function clockAt(now: () => Date): Clock {
  return { now, today: () => warsawDate(now()) };
}

export const systemClock: Clock = clockAt(() => new Date());

/** Adds whole months to an ISO date and steps back a day: a 12-month term from 2026-03-15 ends 2027-03-14. */
export function endOfTerm(validFrom: string, months: number): string {
  const [year, month, day] = validFrom.split("-").map(Number) as [number, number, number];
  const end = new Date(Date.UTC(year, month - 1 + months, day));
  if (end.getUTCDate() !== day)
    end.setUTCDate(0); // 31 Jan + 1 month → end of February
  else end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}
