/** Today's calendar date (YYYY-MM-DD) in Poland, where the registry's dates are meant. */
export function todayInWarsaw(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(now);
}

const dayNumber = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => Math.round(dayNumber(to) - dayNumber(from));

/**
 * The last day of a term of `months` months starting on `validFrom`, as the API computes it: the
 * day before the same date `months` later, or the month's last day when that date does not exist
 * (29 February 2024 + 12 months ends on 28 February 2025).
 */
export function endOfTerm(validFrom: string, months: number): string {
  const [year, month, day] = validFrom.split("-").map(Number) as [number, number, number];
  const end = new Date(Date.UTC(year, month - 1 + months, day));
  if (end.getUTCDate() !== day) end.setUTCDate(0);
  else end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}
