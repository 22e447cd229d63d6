import type { EntityManager } from "@mikro-orm/postgresql";
import { digitsOf } from "../../common/csv-import/import-text";

export const ORGANIZATION_KEYS = ["nip", "regon", "krs"] as const;
export type OrganizationKey = (typeof ORGANIZATION_KEYS)[number];

export interface KnownOrganization {
  id: string;
  name: string;
}

/** Organizations by the digits of each identifier, for every identifier of a file in one query. */
export type OrganizationIndex = Record<OrganizationKey, Map<string, KnownOrganization>>;

export async function findOrganizationsByKeys(
  em: EntityManager,
  wanted: Record<OrganizationKey, string[]>,
): Promise<OrganizationIndex> {
  const index: OrganizationIndex = { nip: new Map(), regon: new Map(), krs: new Map() };
  if (ORGANIZATION_KEYS.every((key) => wanted[key].length === 0)) return index;
  // "-" keeps each list non-empty (an empty IN list is not SQL); no identifier has no digits.
  const rows = await em
    .getConnection()
    .execute<{ id: string; name: string; nip: string; regon: string; krs: string }[]>(
      `select id, name,
            regexp_replace(coalesce(nip, ''), '\\D', '', 'g') as nip,
            regexp_replace(coalesce(regon, ''), '\\D', '', 'g') as regon,
            regexp_replace(coalesce(krs, ''), '\\D', '', 'g') as krs
       from organization
      where regexp_replace(coalesce(nip, ''), '\\D', '', 'g') in (?)
         or regexp_replace(coalesce(regon, ''), '\\D', '', 'g') in (?)
         or regexp_replace(coalesce(krs, ''), '\\D', '', 'g') in (?)`,
      ORGANIZATION_KEYS.map((key) => ["-", ...wanted[key]]),
      "all",
    );
  for (const row of rows) {
    for (const key of ORGANIZATION_KEYS) {
      if (row[key]) index[key].set(row[key], { id: row.id, name: row.name });
    }
  }
  return index;
}

/** The digits of a line's identifiers, leaving out empty ones. */
export function keysOfCells(
  cells: Partial<Record<OrganizationKey, string>>,
): Partial<Record<OrganizationKey, string>> {
  const keys: Partial<Record<OrganizationKey, string>> = {};
  for (const key of ORGANIZATION_KEYS) {
    const digits = digitsOf(cells[key]);
    if (digits) keys[key] = digits;
  }
  return keys;
}
