import type { EntityManager } from "@mikro-orm/postgresql";
import { MUNICIPALITY_KINDS } from "@obserwatorium/schema";
import type { UserError } from "../common/user-error.type";
import type { NormalizedOrganization } from "./organization.validation";

/** Checks that need the database: TERYT units exist, identifiers and slug are not taken. */
export async function checkOrganizationReferences(
  em: EntityManager,
  organization: NormalizedOrganization,
  ownId: string | null,
  path: string[] = ["input"],
): Promise<UserError[]> {
  const errors: UserError[] = [];
  const connection = em.getConnection();
  const codes = [organization.seatGminaCode, ...organization.areaCodes];
  const units = await connection.execute<{ code: string; kind: string }[]>(
    "select code, kind from territorial_unit where code in (?)",
    [codes],
    "all",
  );
  const kindOf = new Map(units.map((unit) => [unit.code, unit.kind]));
  const seatKind = kindOf.get(organization.seatGminaCode);
  if (!seatKind) errors.push({ field: [...path, "address", "gminaCode"], message: "is not a TERYT unit" });
  else if (!(MUNICIPALITY_KINDS as readonly string[]).includes(seatKind)) {
    errors.push({ field: [...path, "address", "gminaCode"], message: "must be a gmina, not a part of one" });
  }
  organization.areaCodes.forEach((code, index) => {
    if (!kindOf.has(code))
      errors.push({ field: [...path, "areaCodes", String(index)], message: "is not a TERYT unit" });
  });

  const taken = await connection.execute<
    { slug: string; nip: string | null; regon: string | null; krs: string | null }[]
  >(
    `select slug, nip, regon, krs from organization
     where id is distinct from ? and (slug = ? or nip = ? or regon = ? or krs = ?)`,
    [ownId, organization.slug, organization.nip, organization.regon, organization.krs],
    "all",
  );
  for (const field of ["slug", "nip", "regon", "krs"] as const) {
    if (organization[field] && taken.some((row) => row[field]?.trim() === organization[field])) {
      errors.push({ field: [...path, field], message: "is already used by another organization" });
    }
  }
  return errors;
}
