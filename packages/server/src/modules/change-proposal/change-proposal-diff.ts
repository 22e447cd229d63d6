import type { EntityManager } from "@mikro-orm/postgresql";
import { fieldChanges, type FieldChange } from "../common/field-diff";
import type { OrganizationInput } from "../organization/dto/organization.input";
import { organizationSnapshot } from "../organization/organization-snapshot";
import { OrganizationEntity } from "../organization/organization.entity";
import { validateOrganizationInput } from "../organization/organization.validation";
import type { ServiceInput } from "../service/dto/service.input";
import { serviceSnapshot } from "../service/service-children";
import { ServiceEntity } from "../service/service.entity";
import { shortTime } from "../service/service-time";
import { validateServiceInput } from "../service/service.validation";
import type { ChangeProposal } from "./change-proposal.entity";

type Values = Record<string, unknown>;

/** Area codes are a set: the order they were typed in is no change. */
function withSortedAreas(values: Values): Values {
  const areaCodes = values.areaCodes;
  return Array.isArray(areaCodes) ? { ...values, areaCodes: [...areaCodes].sort() } : values;
}

/** PostgreSQL's "HH:MM:SS" as the input has it ("HH:MM"). */
function withShortTimes(snapshot: Values): Values {
  const locations = (snapshot.locations ?? []) as { hours: Values[]; exceptions: Values[] }[];
  const short = (value: unknown) => (typeof value === "string" ? shortTime(value) : value);
  return {
    ...snapshot,
    locations: locations.map((location) => ({
      ...location,
      hours: location.hours.map((span) => ({
        ...span,
        opens: short(span.opens),
        closes: short(span.closes),
      })),
      exceptions: location.exceptions.map((day) => ({
        ...day,
        opens: short(day.opens),
        closes: short(day.closes),
      })),
    })),
  };
}

async function currentOrganization(em: EntityManager, id: string | null): Promise<Values | null> {
  const organization = id ? await em.findOne(OrganizationEntity, { id }) : null;
  return organization ? organizationSnapshot(em, organization) : null;
}

async function currentService(em: EntityManager, id: string | null): Promise<Values | null> {
  const service = id ? await em.findOne(ServiceEntity, { id }) : null;
  return service ? withShortTimes(await serviceSnapshot(em, service)) : null;
}

/**
 * The proposed values against the record as it is now (not as it was when proposed), field by
 * field, both normalized the way the editor mutations store them, so only real changes show.
 */
export async function changeProposalDiff(
  em: EntityManager,
  proposal: ChangeProposal,
  today: string,
): Promise<FieldChange[]> {
  const recordId = proposal.isNewRecord && proposal.status === "PENDING" ? null : (proposal.targetId ?? null);
  if (proposal.targetType === "ORGANIZATION") {
    const { normalized } = validateOrganizationInput(proposal.proposedValues as unknown as OrganizationInput);
    const current = await currentOrganization(em, recordId);
    return fieldChanges(
      current && withSortedAreas(current),
      withSortedAreas(normalized as unknown as Values),
      Object.keys(normalized),
    );
  }
  const { normalized } = validateServiceInput(proposal.proposedValues as unknown as ServiceInput, today);
  const current = await currentService(em, recordId);
  // The provider is always the representative's own organization: never a change.
  const fields = Object.keys(normalized).filter((field) => field !== "providerId");
  return fieldChanges(
    current && withSortedAreas(current),
    withSortedAreas(normalized as unknown as Values),
    fields,
  );
}
