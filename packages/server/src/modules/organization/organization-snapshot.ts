import type { EntityManager } from "@mikro-orm/postgresql";
import { auditSnapshot } from "../audit/audit.service";
import { OfferingEntity } from "./offering.entity";
import { OrganizationAreaEntity } from "./organization-area.entity";
import type { Organization } from "./organization.entity";

/** An organization with its offerings and areas, as the audit log keeps it. */
export async function organizationSnapshot(
  em: EntityManager,
  organization: Organization,
): Promise<Record<string, unknown>> {
  const [offerings, areas] = await Promise.all([
    em.find(OfferingEntity, { organizationId: organization.id }, { orderBy: { position: "asc" } }),
    em.find(OrganizationAreaEntity, { organizationId: organization.id }),
  ]);
  return auditSnapshot(
    {
      ...organization,
      offerings: offerings.map(({ kind, name, description, cpvCodes }) => ({
        kind,
        name,
        description,
        cpvCodes,
      })),
      areaCodes: areas.map((area) => area.territorialUnitCode),
    },
    ["createdAt", "updatedAt"],
  );
}
