import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { PageArgs } from "../common/page.args";
import { FieldChangeType } from "../common/field-change.type";
import { toGlobalId } from "../common/global-id";
import { OrganizationType } from "../organization/organization.type";
import { ServiceObjectType } from "../service/service.type";
import { UserType } from "../user/user.type";
import type { ChangeProposal, ChangeProposalStatus } from "./change-proposal.entity";
import {
  ChangeProposalConnection,
  ChangeProposalStatusEnum,
  ChangeProposalType,
} from "./change-proposal.type";

@Resolver(() => ChangeProposalType)
export class ChangeProposalResolver {
  @Authorized("EDITOR", "ORGANIZATION_REP")
  @Query(() => ChangeProposalConnection, {
    description: "Change proposals, newest first: every one for editors, their own for representatives",
  })
  changeProposals(
    @Ctx() { changeProposals, auth }: RequestContext,
    @Arg("status", () => ChangeProposalStatusEnum, {
      nullable: true,
      description: "Only proposals in this status",
    })
    status: ChangeProposalStatus | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ) {
    return changeProposals.list(auth.user!, status, first, after);
  }

  @FieldResolver(() => ID)
  id(@Root() proposal: ChangeProposal) {
    return toGlobalId("ChangeProposal", proposal.id);
  }

  @FieldResolver(() => String)
  proposedValues(@Root() proposal: ChangeProposal) {
    return JSON.stringify(proposal.proposedValues);
  }

  @FieldResolver(() => [FieldChangeType], {
    description:
      "The proposed values against the record as it is now, only the fields that differ; " +
      "every filled field for a new record",
  })
  diff(@Root() proposal: ChangeProposal, @Ctx() { changeProposals }: RequestContext) {
    return changeProposals.diff(proposal);
  }

  @FieldResolver(() => OrganizationType, { description: "The organization the proposal is about" })
  organization(@Root() proposal: ChangeProposal, @Ctx() { loaders }: RequestContext) {
    return loaders.organization.organizationById.load(proposal.organizationId);
  }

  @FieldResolver(() => ServiceObjectType, {
    nullable: true,
    description: "The service changed; null for a proposed new service until it is accepted",
  })
  service(@Root() proposal: ChangeProposal, @Ctx() { loaders }: RequestContext) {
    if (proposal.targetType !== "SERVICE" || !proposal.targetId) return null;
    return loaders.service.serviceById.load(proposal.targetId);
  }

  @FieldResolver(() => UserType, { description: "The representative who proposed it" })
  author(@Root() proposal: ChangeProposal, @Ctx() { loaders }: RequestContext) {
    return loaders.user.userById.load(proposal.authorUserId);
  }

  @FieldResolver(() => UserType, { nullable: true, description: "The editor who accepted or rejected it" })
  reviewer(@Root() proposal: ChangeProposal, @Ctx() { loaders }: RequestContext) {
    return proposal.reviewerUserId ? loaders.user.userById.load(proposal.reviewerUserId) : null;
  }
}
