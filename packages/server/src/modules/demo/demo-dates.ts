import type { Random } from "./random";

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  return fromDayNumber(toDayNumber(value)) === value;
}

/** Days since 1970-01-01 (UTC) of an ISO calendar date. */
export function toDayNumber(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromDayNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

export function addYears(iso: string, years: number): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year + years, month - 1, day));
  if (date.getUTCDate() !== day) date.setUTCDate(0); // 29 February → 28 February
  return date.toISOString().slice(0, 10);
}

export const laterOf = (a: string, b: string) => (a > b ? a : b);
export const earlierOf = (a: string, b: string) => (a < b ? a : b);

/** A random date in [from, to]; `from` when the range is empty. */
export function randomDateBetween(random: Random, from: string, to: string): string {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  return fromDayNumber(end <= start ? start : random.int(start, end));
}
