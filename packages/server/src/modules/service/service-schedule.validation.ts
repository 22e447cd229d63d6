import type { UserError } from "../common/user-error.type";
import type { OpeningExceptionInput, OpeningHoursInput } from "./dto/service-location.input";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A span may end at midnight, written 24:00 (round-the-clock services such as teleopieka). */
const CLOSING_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const MAX_SPANS = 42;
const MAX_EXCEPTIONS = 366;

export interface NormalizedHours {
  weekday: number;
  opens: string;
  closes: string;
}

export interface NormalizedException {
  date: string;
  closed: boolean;
  opens: string | null;
  closes: string | null;
  note: string;
}

/** Weekly hours: valid times, each span opening before it closes, no two spans of a day overlapping. */
export function validateOpeningHours(spans: readonly OpeningHoursInput[], path: string[]) {
  const errors: UserError[] = [];
  if (spans.length > MAX_SPANS) errors.push({ field: path, message: `must list at most ${MAX_SPANS} spans` });
  const valid: (NormalizedHours & { index: number })[] = [];
  spans.forEach((span, index) => {
    const at = [...path, String(index)];
    const before = errors.length;
    if (!Number.isInteger(span.weekday) || span.weekday < 1 || span.weekday > 7) {
      errors.push({ field: [...at, "weekday"], message: "must be an ISO weekday from 1 (Monday) to 7" });
    }
    const opens = span.opens.trim();
    const closes = span.closes.trim();
    if (!TIME.test(opens)) errors.push({ field: [...at, "opens"], message: "must be a time HH:MM" });
    if (!CLOSING_TIME.test(closes))
      errors.push({ field: [...at, "closes"], message: "must be a time HH:MM" });
    else if (TIME.test(opens) && closes <= opens) {
      errors.push({ field: [...at, "closes"], message: "must be later than opens" });
    }
    if (errors.length === before) valid.push({ weekday: span.weekday, opens, closes, index });
  });
  const sorted = [...valid].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (current.weekday === previous.weekday && current.opens < previous.closes) {
      errors.push({
        field: [...path, String(current.index)],
        message: `overlaps ${previous.opens}–${previous.closes} on the same weekday`,
      });
    }
  }
  const hours = sorted.map(({ weekday, opens, closes }) => ({ weekday, opens, closes }));
  return { errors, hours };
}

/** Dated exceptions: one per date; a closed day has no hours, an open one has a valid span. */
export function validateOpeningExceptions(exceptions: readonly OpeningExceptionInput[], path: string[]) {
  const errors: UserError[] = [];
  if (exceptions.length > MAX_EXCEPTIONS) {
    errors.push({ field: path, message: `must list at most ${MAX_EXCEPTIONS} dates` });
  }
  const seen = new Set<string>();
  const normalized = exceptions.map((exception, index): NormalizedException => {
    const at = [...path, String(index)];
    if (seen.has(exception.date)) errors.push({ field: [...at, "date"], message: "is listed twice" });
    seen.add(exception.date);
    const opens = exception.opens?.trim() || null;
    const closes = exception.closes?.trim() || null;
    if (exception.closed) {
      if (opens || closes) errors.push({ field: at, message: "a closed day must not have hours" });
    } else {
      if (!opens || !TIME.test(opens))
        errors.push({ field: [...at, "opens"], message: "must be a time HH:MM" });
      if (!closes || !CLOSING_TIME.test(closes)) {
        errors.push({ field: [...at, "closes"], message: "must be a time HH:MM" });
      } else if (opens && TIME.test(opens) && closes <= opens) {
        errors.push({ field: [...at, "closes"], message: "must be later than opens" });
      }
    }
    const note = exception.note?.trim() ?? "";
    if (note.length > 300) errors.push({ field: [...at, "note"], message: "must be at most 300 characters" });
    return { date: exception.date, closed: exception.closed, opens, closes, note };
  });
  return { errors, exceptions: normalized };
}
