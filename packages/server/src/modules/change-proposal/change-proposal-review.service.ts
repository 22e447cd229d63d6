import type { EntityManager } from "@mikro-orm/postgresql";
import { auditSnapshot, recordAudit } from "../audit/audit.service";
import type { Clock } from "../common/clock";
import { toGlobalId, uuidFromGlobalId } from "../common/global-id";
import type { UserError } from "../common/user-error.type";
import type { OrganizationInput } from "../organization/dto/organization.input";
import { OrganizationEditorService } from "../organization/organization-editor.service";
import type { ServiceInput } from "../service/dto/service.input";
import { ServiceEditorService } from "../service/service-editor.service";
import type { ChangeProposalEditsInput } from "./dto/change-proposal-edits.input";
import { ChangeProposalEntity, type ChangeProposal } from "./change-proposal.entity";
import { changeProposalPayload } from "./change-proposal.type";

type Actor = { id: string };
type Payload = ReturnType<typeof changeProposalPayload>;
type Values = Record<string, unknown>;

const MAX_MESSAGE = 2_000;
const ALREADY_REVIEWED: UserError = { field: ["id"], message: "has already been reviewed" };

/** Rolls the review's transaction back and carries the reason to the caller. */
class NotApplied extends Error {
  constructor(readonly errors: UserError[]) {
    super("The change proposal could not be applied");
  }
}

/** The editor's path of "input" errors: the edits they sent, or the proposed values they accepted as is. */
function relocate(errors: UserError[], prefix: string[]): UserError[] {
  return errors.map(({ field, message }) => ({
    field: field[0] === "input" ? [...prefix, ...field.slice(1)] : field,
    message,
  }));
}

/**
 * An editor's decision on a proposal. Accepting applies the values through the editor services,
 * so they are validated and audited as if the editor had typed them, in one transaction with the
 * proposal's own status change and audit entry.
 */
export class ChangeProposalReviewService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async accept(globalId: string, edits: ChangeProposalEditsInput | null | undefined, actor: Actor) {
    const proposal = await this.loadPending(globalId);
    if ("userErrors" in proposal) return proposal;
    const chosen = this.chooseValues(proposal, edits);
    if ("userErrors" in chosen) return chosen;
    try {
      await this.em.transactional(async (tx) => {
        await this.claim(tx, proposal);
        const applied = await this.apply(tx, proposal, chosen.values, actor);
        // Nothing may stay written, not even the claim: the proposal waits for a corrected attempt.
        if ("errors" in applied) throw new NotApplied(relocate(applied.errors, chosen.errorPath));
        tx.assign(proposal, {
          status: "ACCEPTED",
          targetId: applied.targetId,
          proposedValues: chosen.values,
          reviewerUserId: actor.id,
          reviewedAt: this.clock.now(),
        });
        recordAudit(tx, {
          actorUserId: actor.id,
          action: "CHANGE_PROPOSAL_ACCEPTED",
          entityType: "ChangeProposal",
          entityId: proposal.id,
          before: { status: "PENDING" },
          after: { status: "ACCEPTED", targetId: applied.targetId, editedByReviewer: chosen.edited },
        });
      });
    } catch (error) {
      if (error instanceof NotApplied) return changeProposalPayload(null, error.errors);
      throw error;
    }
    return changeProposalPayload(proposal);
  }

  async reject(globalId: string, message: string, actor: Actor) {
    const reason = message.trim();
    if (!reason) return changeProposalPayload(null, [{ field: ["message"], message: "must say why" }]);
    if (reason.length > MAX_MESSAGE) {
      return changeProposalPayload(null, [
        { field: ["message"], message: `must be at most ${MAX_MESSAGE} characters` },
      ]);
    }
    const proposal = await this.loadPending(globalId);
    if ("userErrors" in proposal) return proposal;
    try {
      await this.em.transactional(async (tx) => {
        await this.claim(tx, proposal);
        tx.assign(proposal, {
          status: "REJECTED",
          reviewMessage: reason,
          reviewerUserId: actor.id,
          reviewedAt: this.clock.now(),
        });
        recordAudit(tx, {
          actorUserId: actor.id,
          action: "CHANGE_PROPOSAL_REJECTED",
          entityType: "ChangeProposal",
          entityId: proposal.id,
          before: { status: "PENDING" },
          after: { status: "REJECTED", reviewMessage: reason },
        });
      });
    } catch (error) {
      if (error instanceof NotApplied) return changeProposalPayload(null, error.errors);
      throw error;
    }
    return changeProposalPayload(proposal);
  }

  private chooseValues(
    proposal: ChangeProposal,
    edits: ChangeProposalEditsInput | null | undefined,
  ): { values: Values; edited: boolean; errorPath: string[] } | Payload {
    if (!edits) return { values: proposal.proposedValues, edited: false, errorPath: ["proposedValues"] };
    const key = proposal.targetType === "ORGANIZATION" ? "organization" : "service";
    const other = key === "organization" ? "service" : "organization";
    if (edits[other] || !edits[key]) {
      return changeProposalPayload(null, [
        { field: ["edits", key], message: `is the only edit a ${proposal.targetType} proposal takes` },
      ]);
    }
    const values = auditSnapshot(edits[key]!);
    // A new service is the representative's organization's unless the editor says otherwise.
    if (key === "service" && !values.providerId) {
      values.providerId = toGlobalId("Organization", proposal.organizationId);
    }
    return { values, edited: true, errorPath: ["edits", key] };
  }

  private async apply(
    tx: EntityManager,
    proposal: ChangeProposal,
    values: Values,
    actor: Actor,
  ): Promise<{ targetId: string } | { errors: UserError[] }> {
    if (proposal.targetType === "ORGANIZATION") {
      const editor = new OrganizationEditorService(tx, this.clock);
      const id = toGlobalId("Organization", proposal.targetId!);
      const { organization, userErrors } = await editor.update(
        id,
        values as unknown as OrganizationInput,
        actor,
      );
      return organization ? { targetId: organization.id } : { errors: userErrors };
    }
    const editor = new ServiceEditorService(tx, this.clock);
    const input = values as unknown as ServiceInput;
    if (!proposal.isNewRecord) {
      const id = toGlobalId("Service", proposal.targetId!);
      const { service, userErrors } = await editor.update(id, input, actor);
      return service ? { targetId: service.id } : { errors: userErrors };
    }
    // Accepting a new service is the editor's decision to show it: created and published at once.
    const created = await editor.create(input, actor);
    if (!created.service) return { errors: created.userErrors };
    await editor.publish(toGlobalId("Service", created.service.id), actor);
    return { targetId: created.service.id };
  }

  /**
   * Takes the proposal out of PENDING under a row lock, so that of two editors deciding at once
   * exactly one succeeds; the other is told it has been reviewed.
   */
  private async claim(tx: EntityManager, proposal: ChangeProposal): Promise<void> {
    // A no-op write: what matters is the lock, and that the row was still PENDING once we held it.
    const claimed = await tx.nativeUpdate(
      ChangeProposalEntity,
      { id: proposal.id, status: "PENDING" },
      { status: "PENDING" },
    );
    if (claimed === 0) throw new NotApplied([ALREADY_REVIEWED]);
  }

  private async loadPending(globalId: string): Promise<ChangeProposal | Payload> {
    const id = uuidFromGlobalId(globalId, "ChangeProposal");
    const proposal = await this.em.findOne(ChangeProposalEntity, { id });
    if (!proposal)
      return changeProposalPayload(null, [{ field: ["id"], message: "no proposal has this ID" }]);
    if (proposal.status !== "PENDING") {
      return changeProposalPayload(null, [ALREADY_REVIEWED]);
    }
    return proposal;
  }
}
