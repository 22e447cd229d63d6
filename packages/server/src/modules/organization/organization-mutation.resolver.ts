import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { OrganizationInput } from "./dto/organization.input";
import { SocialEnterpriseDecisionInput } from "./dto/social-enterprise-decision.input";
import { OrganizationPayload } from "./organization-payload.type";

@Resolver()
export class OrganizationMutationResolver {
  @Authorized()
  @Mutation(() => OrganizationPayload, { description: "Creates a draft organization" })
  createOrganization(
    @Arg("input", () => OrganizationInput, { description: "The organization's data" })
    input: OrganizationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.organizationEditor.create(input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => OrganizationPayload, { description: "Replaces every editable field of an organization" })
  updateOrganization(
    @Arg("id", () => ID, { description: "Global ID of the organization" }) id: string,
    @Arg("input", () => OrganizationInput, { description: "The whole record as it should be" })
    input: OrganizationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.organizationEditor.update(id, input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => OrganizationPayload, { description: "Makes an organization visible to everyone" })
  publishOrganization(
    @Arg("id", () => ID, { description: "Global ID of the organization" }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.organizationEditor.publish(id, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => OrganizationPayload, {
    description: "Hides an organization from the public; history is kept",
  })
  archiveOrganization(
    @Arg("id", () => ID, { description: "Global ID of the organization" }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.organizationEditor.archive(id, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => OrganizationPayload, {
    description: "Confirms an organization's data as of today (clears the stale mark), audited",
  })
  verifyOrganization(
    @Arg("id", () => ID, { description: "Global ID of the organization" }) id: string,
    @Arg("source", () => String, { description: "How it was verified, e.g. 'telefon do biura', 'KRS'" })
    source: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.organizationEditor.verify(id, source, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => OrganizationPayload, { description: "Records a wojewoda's PS decision in the history" })
  addSocialEnterpriseDecision(
    @Arg("organizationId", () => ID, { description: "Global ID of the organization" }) organizationId: string,
    @Arg("input", () => SocialEnterpriseDecisionInput, { description: "The decision to record" })
    input: SocialEnterpriseDecisionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.organizationEditor.addSocialEnterpriseDecision(organizationId, input, ctx.auth.user!);
  }
}
