import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { OrganizationInput } from "../organization/dto/organization.input";
import { ServiceInput } from "../service/dto/service.input";
import { ChangeProposalPayload } from "./change-proposal.type";
import { ChangeProposalEditsInput } from "./dto/change-proposal-edits.input";

@Resolver()
export class ChangeProposalMutationResolver {
  @Authorized("ORGANIZATION_REP")
  @Mutation(() => ChangeProposalPayload, {
    description: "A representative proposes new values for its own organization's profile",
  })
  proposeOrganizationChange(
    @Arg("organizationId", () => ID, { description: "Global ID of the representative's organization" })
    organizationId: string,
    @Arg("input", () => OrganizationInput, { description: "The whole record as it should be" })
    input: OrganizationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.changeProposals.proposeOrganizationChange(organizationId, input, ctx.auth.user!);
  }

  @Authorized("ORGANIZATION_REP")
  @Mutation(() => ChangeProposalPayload, {
    description:
      "A representative proposes new values for one of its organization's services, or a new service " +
      "(without serviceId); the provider is always the representative's organization",
  })
  proposeServiceChange(
    @Arg("serviceId", () => ID, {
      nullable: true,
      description: "Global ID of the service to change; omitted for a new service",
    })
    serviceId: string | null,
    @Arg("input", () => ServiceInput, { description: "The whole service as it should be" })
    input: ServiceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.changeProposals.proposeServiceChange(serviceId, input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => ChangeProposalPayload, {
    description:
      "Applies a pending proposal, optionally with the editor's adjusted values, as the editor mutations " +
      "would; a new service is created and published",
  })
  acceptChangeProposal(
    @Arg("id", () => ID, { description: "Global ID of the proposal" }) id: string,
    @Arg("edits", () => ChangeProposalEditsInput, {
      nullable: true,
      description: "The editor's corrections, applied instead of the proposed values",
    })
    edits: ChangeProposalEditsInput | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.changeProposalReview.accept(id, edits, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => ChangeProposalPayload, { description: "Declines a pending proposal, saying why" })
  rejectChangeProposal(
    @Arg("id", () => ID, { description: "Global ID of the proposal" }) id: string,
    @Arg("message", () => String, { description: "Why, for the representative; required" }) message: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.changeProposalReview.reject(id, message, ctx.auth.user!);
  }
}
