import type { FilterCondition } from "./search-provider";

const ATTRIBUTE_NAME = /^[A-Za-z][A-Za-z0-9_.]*$/;

function quote(value: string | number): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Filter value ${value} is not a finite number`);
    return String(value);
  }
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/**
 * Builds a Meilisearch filter expression from structured conditions. Attribute names come from
 * code and are checked; values are always quoted and escaped, so user input never becomes syntax.
 */
export function buildMeilisearchFilter(conditions: readonly FilterCondition[]): string[] {
  return conditions.map(({ attribute, anyOf }) => {
    if (!ATTRIBUTE_NAME.test(attribute)) throw new Error(`Invalid filter attribute "${attribute}"`);
    if (anyOf.length === 0) throw new Error(`Filter on "${attribute}" needs at least one value`);
    return `${attribute} IN [${anyOf.map(quote).join(", ")}]`;
  });
}
