import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import { CertificateEntity, type Certificate } from "../certificate/certificate.entity";
import { CertifiedOfferingEntity, type CertifiedOffering } from "../certificate/certified-offering.entity";
import { OfferingEntity, type Offering } from "./offering.entity";
import { OrganizationAreaEntity } from "./organization-area.entity";
import { OrganizationEntity, type Organization } from "./organization.entity";
import {
  SocialEnterpriseDecisionEntity,
  type SocialEnterpriseDecision,
} from "./social-enterprise-decision.entity";

export interface OrganizationLoaders {
  organizationById: DataLoader<string, Organization | null>;
  offeringsByOrganization: DataLoader<string, Offering[]>;
  areaCodesByOrganization: DataLoader<string, string[]>;
  decisionsByOrganization: DataLoader<string, SocialEnterpriseDecision[]>;
  certificatesByOrganization: DataLoader<string, Certificate[]>;
  certifiedOfferingsByCertificate: DataLoader<string, CertifiedOffering[]>;
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

/** Per-request batching: a page of organizations with everything nested costs one query per relation. */
export function createOrganizationLoaders(em: EntityManager): OrganizationLoaders {
  return {
    organizationById: new DataLoader(async (ids) => {
      const rows = await em.find(OrganizationEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    offeringsByOrganization: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await em.find(
          OfferingEntity,
          { organizationId: { $in: [...ids] } },
          { orderBy: { position: "asc" } },
        ),
        (row) => row.organizationId,
      ),
    ),
    areaCodesByOrganization: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await em.find(
          OrganizationAreaEntity,
          { organizationId: { $in: [...ids] } },
          { orderBy: { territorialUnitCode: "asc" } },
        ),
        (row) => row.organizationId,
      ).map((areas) => areas.map((area) => area.territorialUnitCode)),
    ),
    decisionsByOrganization: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await em.find(
          SocialEnterpriseDecisionEntity,
          { organizationId: { $in: [...ids] } },
          { orderBy: { effectiveFrom: "asc", decisionDate: "asc" } },
        ),
        (row) => row.organizationId,
      ),
    ),
    certificatesByOrganization: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await em.find(
          CertificateEntity,
          { organizationId: { $in: [...ids] } },
          { orderBy: { validTo: "desc", number: "asc" } },
        ),
        (row) => row.organizationId,
      ),
    ),
    certifiedOfferingsByCertificate: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await em.find(
          CertifiedOfferingEntity,
          { certificateId: { $in: [...ids] } },
          { orderBy: { position: "asc" } },
        ),
        (row) => row.certificateId,
      ),
    ),
  };
}
