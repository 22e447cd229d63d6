/** Most classes a map shows; fewer when the values are too few or too close. */
export const MAX_CLASSES = 5;
const MAX_DECIMALS = 2;

/** A class of values, inclusive at both ends at the data's precision: 4,5–5,2 then 5,3–6,0. */
export interface ValueClass {
  low: number;
  high: number;
}

export interface ValueClasses {
  classes: ValueClass[];
  /** Decimals the values are written with (at most 2). */
  decimals: number;
}

/** Digits after the decimal point of the most precise value, at most 2. */
export function valueDecimals(values: readonly number[]): number {
  let decimals = 0;
  for (const value of values) {
    while (
      decimals < MAX_DECIMALS &&
      Math.abs(value * 10 ** decimals - Math.round(value * 10 ** decimals)) > 1e-9
    ) {
      decimals++;
    }
  }
  return decimals;
}

/**
 * Equal-width classes from the smallest to the largest value, computed in steps of the data's
 * precision so that every value falls into exactly one class and no class is empty of range.
 */
export function valueClasses(values: readonly number[], count = MAX_CLASSES): ValueClasses {
  const decimals = valueDecimals(values);
  if (values.length === 0) return { classes: [], decimals };
  const scale = 10 ** decimals;
  const low = Math.round(Math.min(...values) * scale);
  const high = Math.round(Math.max(...values) * scale);
  const steps = high - low + 1;
  const n = Math.max(1, Math.min(count, steps));
  const starts = Array.from({ length: n + 1 }, (_, index) => low + Math.round((index * steps) / n));
  const classes = starts.slice(0, n).map((start, index) => ({
    low: start / scale,
    high: (starts[index + 1]! - 1) / scale,
  }));
  return { classes, decimals };
}

/** Index of the class a value falls into; null for a missing value or one outside every class. */
export function classOf(
  value: number | null | undefined,
  { classes, decimals }: ValueClasses,
): number | null {
  if (value == null) return null;
  const scale = 10 ** decimals;
  const unit = Math.round(value * scale);
  const index = classes.findIndex(
    (item) => unit >= Math.round(item.low * scale) && unit <= Math.round(item.high * scale),
  );
  return index === -1 ? null : index;
}

/**
 * The shade (0 lightest … 4 darkest) of a class: with fewer than five classes they are spread over
 * the scale, so that neighbours stay apart.
 */
export function shadeOf(index: number, classCount: number): number {
  if (classCount <= 1) return 2;
  return Math.round((index * (MAX_CLASSES - 1)) / (classCount - 1));
}
