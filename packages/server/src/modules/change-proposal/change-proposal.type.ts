import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { connectionType } from "../common/connection.type";
import { DateTimeScalar } from "../common/date-time.scalar";
import { enumObject } from "../common/enum-object";
import { UserErrorType, type UserError } from "../common/user-error.type";
import {
  CHANGE_PROPOSAL_STATUSES,
  CHANGE_PROPOSAL_TARGET_TYPES,
  type ChangeProposal,
  type ChangeProposalStatus,
  type ChangeProposalTargetType,
} from "./change-proposal.entity";

export const ChangeProposalStatusEnum = enumObject(CHANGE_PROPOSAL_STATUSES);
export const ChangeProposalTargetTypeEnum = enumObject(CHANGE_PROPOSAL_TARGET_TYPES);

registerEnumType(ChangeProposalStatusEnum, {
  name: "ChangeProposalStatus",
  description: "Where a proposal is in review",
  valuesConfig: {
    PENDING: { description: "Waiting for an editor" },
    ACCEPTED: { description: "Applied to the record by an editor" },
    REJECTED: { description: "Declined by an editor, with a message" },
  },
});
registerEnumType(ChangeProposalTargetTypeEnum, {
  name: "ChangeProposalTargetType",
  description: "What kind of record a proposal changes",
  valuesConfig: {
    ORGANIZATION: { description: "The representative's organization profile" },
    SERVICE: { description: "One of the organization's services, or a new one" },
  },
});

@ObjectType("ChangeProposal", {
  description: "A change an organization's representative proposed; public only once an editor accepts it",
})
export class ChangeProposalType {
  @Field(() => ID, { description: "Global ID of the proposal" })
  id!: string;

  @Field(() => ChangeProposalTargetTypeEnum, {
    description: "Whether it changes the organization or one of its services",
  })
  targetType!: ChangeProposalTargetType;

  @Field(() => Boolean, { description: "Proposes a new record (a new service) rather than a change" })
  isNewRecord!: boolean;

  @Field(() => ChangeProposalStatusEnum, { description: "Pending, accepted or rejected" })
  status!: ChangeProposalStatus;

  @Field(() => String, {
    description:
      "The proposed values as JSON of OrganizationInput or ServiceInput (after an editor's adjustments, " +
      "once accepted)",
  })
  proposedValues!: string;

  @Field(() => String, { nullable: true, description: "The editor's message; required on rejection" })
  reviewMessage!: string | null;

  @Field(() => DateTimeScalar, { description: "When the representative sent it" })
  createdAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When an editor accepted or rejected it; null while pending",
  })
  reviewedAt!: Date | null;
}

export const ChangeProposalConnection = connectionType("ChangeProposal", ChangeProposalType);

@ObjectType("ChangeProposalPayload", {
  description: "A change proposal after a write, or the reasons it was refused",
})
export class ChangeProposalPayload {
  @Field(() => ChangeProposalType, { nullable: true, description: "Null when userErrors is not empty" })
  proposal!: ChangeProposal | null;

  @Field(() => [UserErrorType], { description: "Why nothing was written; empty on success" })
  userErrors!: UserError[];
}

export const changeProposalPayload = (proposal: ChangeProposal | null, userErrors: UserError[] = []) => ({
  proposal: userErrors.length ? null : proposal,
  userErrors,
});
