import { fieldLabel } from "./field-labels";

/** One field whose value differs between two versions of a record. */
export interface FieldChange {
  field: string;
  label: string;
  /** Text as shown to a reviewer: strings as they are, anything else as JSON; null when empty. */
  before: string | null;
  after: string | null;
}

/** JSON with object keys sorted, so that the same value always prints the same way. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** Empty strings, empty lists and missing values all mean "no value": none of them is a change. */
export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value) && value.length === 0) return null;
  if (typeof value === "string") return value;
  return JSON.stringify(canonical(value));
}

/**
 * The fields (given ones, or every key of either side, in order of first appearance) whose values
 * differ between `before` and `after`; a missing side (a new or a deleted record) counts as empty.
 */
export function fieldChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  fields: readonly string[] = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const old = displayValue(before?.[field]);
    const now = displayValue(after?.[field]);
    if (old !== now) changes.push({ field, label: fieldLabel(field), before: old, after: now });
  }
  return changes;
}

/** Area codes are a set: the order they were typed in is no change. */
function withSortedAreas(values: Record<string, unknown>): Record<string, unknown> {
  const areaCodes = values.areaCodes;
  return Array.isArray(areaCodes) ? { ...values, areaCodes: [...areaCodes].sort() } : values;
}

/**
 * A stored record (as its snapshot) against the normalized input that would replace it: the fields
 * of the input whose values would change. A null record means a new one: every filled field.
 */
export function recordChanges(
  current: Record<string, unknown> | null,
  normalized: object,
  fields: readonly string[] = Object.keys(normalized),
): FieldChange[] {
  return fieldChanges(
    current && withSortedAreas(current),
    withSortedAreas(normalized as Record<string, unknown>),
    fields,
  );
}
