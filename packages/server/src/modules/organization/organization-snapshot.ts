import type { EntityManager } from "@mikro-orm/postgresql";
import { auditSnapshot } from "../audit/audit.service";
import { OfferingEntity, type Offering } from "./offering.entity";
import { OrganizationAreaEntity } from "./organization-area.entity";
import type { Organization } from "./organization.entity";

export interface OrganizationChildren {
  offerings: Offering[];
  areaCodes: string[];
}

/**
 * Offerings and areas of many organizations, one query each. Read past the identity map: an update
 * deletes them and creates them anew in the same unit of work, and a managed area with the same
 * key would swallow its re-creation (areas are keyed by organization and code).
 */
export async function organizationChildren(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, OrganizationChildren>> {
  const children = new Map<string, OrganizationChildren>(
    ids.map((id) => [id, { offerings: [], areaCodes: [] }]),
  );
  if (ids.length === 0) return children;
  const [offerings, areas] = await Promise.all([
    em.find(
      OfferingEntity,
      { organizationId: { $in: [...ids] } },
      { orderBy: { position: "asc" }, disableIdentityMap: true },
    ),
    em.find(
      OrganizationAreaEntity,
      { organizationId: { $in: [...ids] } },
      { orderBy: { territorialUnitCode: "asc" }, disableIdentityMap: true },
    ),
  ]);
  for (const offering of offerings) children.get(offering.organizationId)?.offerings.push(offering);
  for (const area of areas) children.get(area.organizationId)?.areaCodes.push(area.territorialUnitCode);
  return children;
}

/** An organization with the given children, as the audit log keeps it. */
export function snapshotOfOrganization(
  organization: Organization,
  { offerings, areaCodes }: OrganizationChildren,
): Record<string, unknown> {
  return auditSnapshot(
    {
      ...organization,
      offerings: offerings.map(({ kind, name, description, cpvCodes }) => ({
        kind,
        name,
        description,
        cpvCodes,
      })),
      areaCodes,
    },
    ["createdAt", "updatedAt"],
  );
}

/** Organizations with their offerings and areas, as the audit log keeps them, by ID. */
export async function organizationSnapshots(
  em: EntityManager,
  organizations: readonly Organization[],
): Promise<Map<string, Record<string, unknown>>> {
  const children = await organizationChildren(
    em,
    organizations.map((organization) => organization.id),
  );
  return new Map(
    organizations.map((organization) => [
      organization.id,
      snapshotOfOrganization(organization, children.get(organization.id)!),
    ]),
  );
}

/** An organization with its offerings and areas, as the audit log keeps it. */
export async function organizationSnapshot(
  em: EntityManager,
  organization: Organization,
): Promise<Record<string, unknown>> {
  return (await organizationSnapshots(em, [organization])).get(organization.id)!;
}
