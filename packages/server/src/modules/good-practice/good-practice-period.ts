/** One end of a practice's period: a year, or a date within that year. */
export interface PeriodEnd {
  year: number;
  date: string | null;
}

export const MIN_PERIOD_YEAR = 1990;
export const MAX_PERIOD_YEAR = 2100;

/** "2023" or "2023-03-01" as a period end; null when it is neither, or not a real date. */
export function parsePeriodEnd(value: string): PeriodEnd | null {
  if (/^\d{4}$/.test(value)) return { year: Number(value), date: null };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { year, date: value };
}

/** A period end that is not later than `today` (an ISO date): a year counts from its first day. */
export function startsBy(end: PeriodEnd, today: string): boolean {
  return end.date ? end.date <= today : end.year <= Number(today.slice(0, 4));
}

/** The ends are in order; a year alone covers the whole year, so only two dates can clash within it. */
export function inOrder(from: PeriodEnd, to: PeriodEnd): boolean {
  if (from.year !== to.year) return from.year < to.year;
  return !from.date || !to.date || from.date <= to.date;
}
