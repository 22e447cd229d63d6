import { defineEntity, p, type InferEntity } from "@mikro-orm/core";

export const CHANGE_PROPOSAL_TARGET_TYPES = ["ORGANIZATION", "SERVICE"] as const;
export type ChangeProposalTargetType = (typeof CHANGE_PROPOSAL_TARGET_TYPES)[number];

export const CHANGE_PROPOSAL_STATUSES = ["PENDING", "ACCEPTED", "REJECTED"] as const;
export type ChangeProposalStatus = (typeof CHANGE_PROPOSAL_STATUSES)[number];

/**
 * A representative's proposed change to its organization or one of its services. Nothing public
 * changes until an editor accepts it; `proposedValues` has the shape of the editor mutation's input.
 */
export const ChangeProposalEntity = defineEntity({
  name: "ChangeProposal",
  tableName: "change_proposal",
  properties: {
    id: p.uuid().primary(),
    targetType: p.enum([...CHANGE_PROPOSAL_TARGET_TYPES]),
    /** The record changed; for a new record null until it is accepted, then the created record. */
    targetId: p.uuid().nullable(),
    isNewRecord: p.boolean(),
    organizationId: p.uuid(),
    proposedValues: p.json<Record<string, unknown>>(),
    status: p.enum([...CHANGE_PROPOSAL_STATUSES]).default("PENDING"),
    authorUserId: p.uuid(),
    reviewerUserId: p.uuid().nullable(),
    reviewMessage: p.text().nullable(),
    createdAt: p.datetime(),
    reviewedAt: p.datetime().nullable(),
  },
});

export type ChangeProposal = InferEntity<typeof ChangeProposalEntity>;
