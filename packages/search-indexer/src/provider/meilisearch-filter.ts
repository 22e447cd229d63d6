import type { FilterCondition } from "./search-provider";

const ATTRIBUTE_NAME = /^[A-Za-z][A-Za-z0-9_.]*$/;

function quote(value: string | number): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Filter value ${value} is not a finite number`);
    return String(value);
  }
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function finite(value: number, what: string): string {
  if (!Number.isFinite(value)) throw new Error(`Filter ${what} ${value} is not a finite number`);
  return String(value);
}

/**
 * Builds a Meilisearch filter expression from structured conditions. Attribute names come from
 * code and are checked; values are always quoted and escaped and numbers checked, so user input
 * never becomes syntax.
 */
export function buildMeilisearchFilter(conditions: readonly FilterCondition[]): string[] {
  return conditions.map(buildCondition);
}

function buildCondition(condition: FilterCondition): string {
  if ("either" in condition) {
    if (condition.either.length === 0) throw new Error("An either-condition needs at least one branch");
    return `(${condition.either.map(buildCondition).join(" OR ")})`;
  }
  if ("geoRadius" in condition) {
    const { lat, lng, meters } = condition.geoRadius;
    if (!(meters > 0)) throw new Error("Filter radius must be positive");
    return `_geoRadius(${finite(lat, "latitude")}, ${finite(lng, "longitude")}, ${finite(meters, "radius")})`;
  }
  const { attribute } = condition;
  if (!ATTRIBUTE_NAME.test(attribute)) throw new Error(`Invalid filter attribute "${attribute}"`);
  if ("notEmpty" in condition) return `${attribute} IS NOT EMPTY`;
  const values = "anyOf" in condition ? condition.anyOf : condition.noneOf;
  if (values.length === 0) throw new Error(`Filter on "${attribute}" needs at least one value`);
  const list = `${attribute} IN [${values.map(quote).join(", ")}]`;
  return "anyOf" in condition ? list : `NOT ${list}`;
}
