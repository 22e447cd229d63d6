/** An indicator's code: letters and digits in groups joined by ".", "_" or "-", e.g. `WPRES_PES_NA_10K`. */
export const INDICATOR_CODE_PATTERN = /^[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$/;
export const INDICATOR_CODE_MAX_LENGTH = 64;

export function isIndicatorCode(value: string): boolean {
  return value.length <= INDICATOR_CODE_MAX_LENGTH && INDICATOR_CODE_PATTERN.test(value);
}

/** The years an indicator value may describe. */
export const INDICATOR_MIN_YEAR = 1990;
export const INDICATOR_MAX_YEAR = 2100;

export function isIndicatorYear(year: number): boolean {
  return Number.isInteger(year) && year >= INDICATOR_MIN_YEAR && year <= INDICATOR_MAX_YEAR;
}
