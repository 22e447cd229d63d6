import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { auditSnapshot, recordAudit } from "../audit/audit.service";
import type { Clock } from "../common/clock";
import { toGlobalId, uuidFromGlobalId } from "../common/global-id";
import { assertPageSize, buildConnection, decodeCursor, encodeCursor } from "../common/pagination";
import type { OrganizationInput } from "../organization/dto/organization.input";
import { checkOrganizationReferences } from "../organization/organization-references";
import { validateOrganizationInput } from "../organization/organization.validation";
import type { ServiceInput } from "../service/dto/service.input";
import { checkServiceReferences } from "../service/service-references";
import { ServiceEntity } from "../service/service.entity";
import { validateServiceInput } from "../service/service.validation";
import type { AuthenticatedUser } from "../user/auth.service";
import { isStaffRole } from "../user/user.entity";
import { changeProposalDiff, createCurrentRecordLoaders } from "./change-proposal-diff";
import {
  ChangeProposalEntity,
  type ChangeProposal,
  type ChangeProposalStatus,
  type ChangeProposalTargetType,
} from "./change-proposal.entity";
import { NotYourOrganizationError } from "./change-proposal.errors";
import { changeProposalPayload } from "./change-proposal.type";

type Actor = Pick<AuthenticatedUser, "id" | "role" | "organizationId">;

interface Target {
  targetType: ChangeProposalTargetType;
  targetId: string | null;
  organizationId: string;
}

/**
 * Representatives' proposals: validated exactly as the editor mutations validate the same input,
 * stored with an audit entry, and applied to nothing until an editor accepts them.
 */
export class ChangeProposalService {
  /** Per request, like the service itself: batches the records a page of diffs compares against. */
  private readonly currentRecords;

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {
    this.currentRecords = createCurrentRecordLoaders(em);
  }

  async proposeOrganizationChange(organizationGlobalId: string, input: OrganizationInput, actor: Actor) {
    const organizationId = uuidFromGlobalId(organizationGlobalId, "Organization", "organizationId");
    if (organizationId !== this.representedOrganization(actor, "organizationId")) {
      throw new NotYourOrganizationError("organizationId");
    }
    const { errors, normalized } = validateOrganizationInput(input);
    if (errors.length === 0)
      errors.push(...(await checkOrganizationReferences(this.em, normalized, organizationId)));
    if (errors.length > 0) return changeProposalPayload(null, errors);
    return this.create(
      actor,
      { targetType: "ORGANIZATION", targetId: organizationId, organizationId },
      input,
    );
  }

  /** A change to one of the organization's services, or (without `serviceGlobalId`) a new service. */
  async proposeServiceChange(serviceGlobalId: string | null | undefined, input: ServiceInput, actor: Actor) {
    const organizationId = this.representedOrganization(actor, "serviceId");
    let targetId: string | null = null;
    if (serviceGlobalId) {
      targetId = uuidFromGlobalId(serviceGlobalId, "Service", "serviceId");
      const service = await this.em.findOne(ServiceEntity, { id: targetId });
      if (!service)
        return changeProposalPayload(null, [{ field: ["serviceId"], message: "no service has this ID" }]);
      if (service.providerOrganizationId !== organizationId) throw new NotYourOrganizationError("serviceId");
    }
    if (
      input.providerId &&
      uuidFromGlobalId(input.providerId, "Organization", "input.providerId") !== organizationId
    ) {
      throw new NotYourOrganizationError("input.providerId");
    }
    const values = { ...input, providerId: toGlobalId("Organization", organizationId) };
    const { errors, normalized } = validateServiceInput(values, this.clock.today());
    if (errors.length === 0)
      errors.push(...(await checkServiceReferences(this.em, normalized, targetId)).errors);
    if (errors.length > 0) return changeProposalPayload(null, errors);
    return this.create(actor, { targetType: "SERVICE", targetId, organizationId }, values);
  }

  /** Newest first; staff see every proposal, a representative only its own. */
  async list(
    viewer: Actor,
    status: ChangeProposalStatus | null | undefined,
    first: number,
    after: string | null | undefined,
  ) {
    assertPageSize(first);
    const offset = after ? Number(decodeCursor(after, "offset")) : 0;
    const where = {
      ...(status ? { status } : {}),
      ...(isStaffRole(viewer.role) ? {} : { authorUserId: viewer.id }),
    };
    const [proposals, totalCount] = await this.em.findAndCount(ChangeProposalEntity, where, {
      orderBy: { createdAt: "desc", id: "asc" },
      limit: first,
      offset,
    });
    return buildConnection(
      proposals,
      (proposal) => encodeCursor("offset", offset + proposals.indexOf(proposal) + 1),
      {
        hasNextPage: offset + proposals.length < totalCount,
        hasPreviousPage: offset > 0,
        totalCount,
      },
    );
  }

  diff(proposal: ChangeProposal) {
    return changeProposalDiff(this.currentRecords, proposal, this.clock.today());
  }

  private representedOrganization(actor: Actor, field: string): string {
    if (actor.role !== "ORGANIZATION_REP" || !actor.organizationId) throw new NotYourOrganizationError(field);
    return actor.organizationId;
  }

  private async create(actor: Actor, target: Target, input: object) {
    const proposedValues = auditSnapshot(input);
    const proposal = await this.em.transactional(async (tx) => {
      const created = tx.create(ChangeProposalEntity, {
        id: randomUUID(),
        ...target,
        isNewRecord: target.targetId === null,
        proposedValues,
        status: "PENDING",
        authorUserId: actor.id,
        createdAt: this.clock.now(),
      });
      recordAudit(tx, {
        actorUserId: actor.id,
        action: "CHANGE_PROPOSED",
        entityType: "ChangeProposal",
        entityId: created.id,
        before: null,
        after: { ...target, status: "PENDING", proposedValues },
      });
      return created;
    });
    return changeProposalPayload(proposal);
  }
}
