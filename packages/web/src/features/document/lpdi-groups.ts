import type { LpdiStatus, TerritorialUnitKind } from "@/__generated__/graphql";

interface UnitRef {
  code: string;
  name: string;
  kind: TerritorialUnitKind;
}

export interface LpdiEntry {
  unit: UnitRef & { parent?: UnitRef | null };
  status: LpdiStatus;
  document?: { id: string; title: string } | null;
}

export interface LpdiGroup<TEntry extends LpdiEntry> {
  key: string;
  /** The powiat's Polish name ("powiat augustowski"); null for the cities with powiat rights. */
  county: string | null;
  entries: TEntry[];
  /** JST of the group with a plan adopted or in force. */
  adoptedCount: number;
}

const CITIES = "miasta";

export function isAdopted(status: LpdiStatus): boolean {
  return status === "ADOPTED" || status === "IN_FORCE";
}

/** A gmina that is a city with powiat rights, which counts as one JST with its powiat. */
export function isCityWithCountyRights(unit: LpdiEntry["unit"]): boolean {
  return unit.parent?.kind === "CITY_WITH_COUNTY_RIGHTS";
}

/**
 * The coverage's entries (powiaty first, then gminy, by code) grouped per powiat, the powiat itself
 * first; the cities with powiat rights together at the end.
 */
export function lpdiGroups<TEntry extends LpdiEntry>(entries: readonly TEntry[]): LpdiGroup<TEntry>[] {
  const groups = new Map<string, LpdiGroup<TEntry>>();
  const groupOf = (key: string, county: string | null) => {
    const existing = groups.get(key);
    if (existing) return existing;
    const created: LpdiGroup<TEntry> = { key, county, entries: [], adoptedCount: 0 };
    groups.set(key, created);
    return created;
  };
  const cities: TEntry[] = [];
  for (const entry of entries) {
    if (isCityWithCountyRights(entry.unit)) {
      cities.push(entry);
      continue;
    }
    const countyCode = entry.unit.code.slice(0, 4);
    const countyName = entry.unit.kind === "COUNTY" ? entry.unit.name : entry.unit.parent?.name;
    groupOf(countyCode, countyName ? `powiat ${countyName}` : `powiat ${countyCode}`).entries.push(entry);
  }
  for (const entry of cities) groupOf(CITIES, null).entries.push(entry);
  return [...groups.values()].map((group) => ({
    ...group,
    adoptedCount: group.entries.filter((entry) => isAdopted(entry.status)).length,
  }));
}

/** How many JST are at each stage, most advanced first. */
export function lpdiStatusCounts(
  entries: readonly { status: LpdiStatus }[],
): { status: LpdiStatus; count: number }[] {
  const order: LpdiStatus[] = ["IN_FORCE", "ADOPTED", "IN_PREPARATION", "NONE"];
  return order.map((status) => ({
    status,
    count: entries.filter((entry) => entry.status === status).length,
  }));
}

/** How many more JST need a plan for the share to reach the target; 0 when it has. */
export function missingForTarget(jstCount: number, adoptedCount: number, targetShare: number): number {
  // Rounded first: 0.07 × 100 is 7.000000000000001 in floating point, which must need 7 JST, not 8.
  const needed = Math.ceil(Math.round(jstCount * targetShare * 1000) / 1000);
  return Math.max(0, needed - adoptedCount);
}
