import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import { recordChanges, type FieldChange } from "../common/field-diff";
import type { OrganizationInput } from "../organization/dto/organization.input";
import { organizationSnapshots } from "../organization/organization-snapshot";
import { OrganizationEntity } from "../organization/organization.entity";
import { validateOrganizationInput } from "../organization/organization.validation";
import type { ServiceInput } from "../service/dto/service.input";
import { serviceSnapshots, withShortTimes } from "../service/service-children";
import { ServiceEntity } from "../service/service.entity";
import { validateServiceInput } from "../service/service.validation";
import type { ChangeProposal } from "./change-proposal.entity";

type Values = Record<string, unknown>;

/** The current state of the records proposals are about, batched: a page of diffs costs a few queries. */
export interface CurrentRecordLoaders {
  organization: DataLoader<string, Values | null>;
  service: DataLoader<string, Values | null>;
}

export function createCurrentRecordLoaders(em: EntityManager): CurrentRecordLoaders {
  return {
    organization: new DataLoader(async (ids) => {
      const organizations = await em.find(OrganizationEntity, { id: { $in: [...ids] } });
      const snapshots = await organizationSnapshots(em, organizations);
      return ids.map((id) => snapshots.get(id) ?? null);
    }),
    service: new DataLoader(async (ids) => {
      const services = await em.find(ServiceEntity, { id: { $in: [...ids] } });
      const snapshots = await serviceSnapshots(em, services);
      return ids.map((id) => {
        const snapshot = snapshots.get(id);
        return snapshot ? withShortTimes(snapshot) : null;
      });
    }),
  };
}

/**
 * The proposed values against the record as it is now (not as it was when proposed), field by
 * field, both normalized the way the editor mutations store them, so only real changes show.
 */
export async function changeProposalDiff(
  current: CurrentRecordLoaders,
  proposal: ChangeProposal,
  today: string,
): Promise<FieldChange[]> {
  const recordId = proposal.isNewRecord && proposal.status === "PENDING" ? null : (proposal.targetId ?? null);
  if (proposal.targetType === "ORGANIZATION") {
    const { normalized } = validateOrganizationInput(proposal.proposedValues as unknown as OrganizationInput);
    const record = recordId ? await current.organization.load(recordId) : null;
    return recordChanges(record, normalized);
  }
  const { normalized } = validateServiceInput(proposal.proposedValues as unknown as ServiceInput, today);
  const record = recordId ? await current.service.load(recordId) : null;
  // The provider is always the representative's own organization: never a change.
  return recordChanges(
    record,
    normalized,
    Object.keys(normalized).filter((field) => field !== "providerId"),
  );
}
