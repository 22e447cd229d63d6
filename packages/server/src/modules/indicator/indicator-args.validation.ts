import {
  INDICATOR_MAX_YEAR,
  INDICATOR_MIN_YEAR,
  isIndicatorCode,
  isIndicatorYear,
  isTerytCode,
} from "@obserwatorium/schema";
import { InvalidInputError } from "../common/errors";

export const MAX_SERIES_AREAS = 200;
export const MAX_SERIES_YEARS = 50;

export function assertIndicatorCode(code: string, argument = "code"): void {
  if (!isIndicatorCode(code)) throw new InvalidInputError(argument, "is not an indicator code");
}

export function assertYear(year: number, argument = "year"): void {
  if (!isIndicatorYear(year)) {
    throw new InvalidInputError(
      argument,
      `must be a year from ${INDICATOR_MIN_YEAR} to ${INDICATOR_MAX_YEAR}`,
    );
  }
}

/** The distinct area codes in the order given; each must look like a TERYT code. */
export function checkAreaCodes(areaCodes: readonly string[]): string[] {
  const codes = [...new Set(areaCodes)];
  if (codes.length === 0) throw new InvalidInputError("areaCodes", "must list at least one TERYT code");
  if (codes.length > MAX_SERIES_AREAS)
    throw new InvalidInputError("areaCodes", `must list at most ${MAX_SERIES_AREAS} units`);
  const malformed = codes.filter((code) => !isTerytCode(code));
  if (malformed.length > 0) {
    throw new InvalidInputError("areaCodes", `${malformed.join(", ")}: not TERYT codes of 2, 4 or 7 digits`);
  }
  return codes;
}

/** The distinct years, oldest first; null when the caller wants every year. */
export function checkYears(years: readonly number[] | null | undefined): number[] | null {
  if (years == null) return null;
  const distinct = [...new Set(years)].sort((a, b) => a - b);
  if (distinct.length === 0)
    throw new InvalidInputError("years", "must list at least one year, or be omitted");
  if (distinct.length > MAX_SERIES_YEARS)
    throw new InvalidInputError("years", `must list at most ${MAX_SERIES_YEARS} years`);
  for (const year of distinct) assertYear(year, "years");
  return distinct;
}

/** A county map needs a województwo code. */
export function assertVoivodeshipCode(code: string): void {
  if (!/^\d{2}$/.test(code))
    throw new InvalidInputError("parentCode", "must be the 2-digit code of a województwo");
}
