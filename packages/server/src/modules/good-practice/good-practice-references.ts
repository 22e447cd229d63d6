import type { EntityManager } from "@mikro-orm/postgresql";
import { DomainError } from "../common/errors";
import { uuidFromGlobalId } from "../common/global-id";
import type { UserError } from "../common/user-error.type";
import type { NormalizedGoodPractice } from "./good-practice.validation";

/**
 * Checks that need the database: the TERYT units and the organizations exist and the slug is free.
 * Returns the organizations' UUIDs in the order given.
 */
export async function checkGoodPracticeReferences(
  em: EntityManager,
  practice: NormalizedGoodPractice,
  ownId: string | null,
): Promise<{ errors: UserError[]; organizationUuids: string[] }> {
  const errors: UserError[] = [];
  const connection = em.getConnection();

  const units = await connection.execute<{ code: string }[]>(
    "select code from territorial_unit where code in (?)",
    [practice.areaCodes],
    "all",
  );
  const known = new Set(units.map((unit) => unit.code));
  practice.areaCodes.forEach((code, index) => {
    if (!known.has(code))
      errors.push({ field: ["input", "areaCodes", String(index)], message: "is not a TERYT unit" });
  });

  const organizationUuids: (string | null)[] = practice.organizationIds.map((id, index) => {
    try {
      return uuidFromGlobalId(id, "Organization", `organizationIds.${index}`);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push({
        field: ["input", "organizationIds", String(index)],
        message: "is not the ID of an organization",
      });
      return null;
    }
  });
  const wellFormed = organizationUuids.filter((id): id is string => id !== null);
  const existing = wellFormed.length
    ? await connection.execute<{ id: string }[]>(
        "select id from organization where id in (?) and publication_state <> 'ARCHIVED'",
        [wellFormed],
        "all",
      )
    : [];
  const found = new Set(existing.map((row) => row.id));
  organizationUuids.forEach((id, index) => {
    if (id !== null && !found.has(id)) {
      errors.push({
        field: ["input", "organizationIds", String(index)],
        message: "no organization has this ID",
      });
    }
  });

  const taken = await connection.execute<{ id: string }[]>(
    "select id from good_practice where slug = ? and id is distinct from ?",
    [practice.slug, ownId],
    "all",
  );
  if (taken.length) {
    errors.push({ field: ["input", "slug"], message: "is already used by another good practice" });
  }
  return { errors, organizationUuids: wellFormed };
}
