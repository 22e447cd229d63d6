import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { fromGlobalId } from "./global-id";
import { NodeInterface } from "./node.interface";

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, {
    nullable: true,
    description: "Any object by its global ID; null when not visible",
  })
  async node(
    @Arg("id", () => ID, { description: "A global ID from any type implementing Node" }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    const { type } = fromGlobalId(id);
    switch (type) {
      case "Organization": {
        const organization = await ctx.organizations.findById(id);
        return organization && { ...organization, __typename: "Organization" };
      }
      case "Certificate": {
        const certificate = await ctx.certificates.findById(id);
        return certificate && { ...certificate, __typename: "Certificate" };
      }
      case "Service": {
        const service = await ctx.services.findById(id);
        return service && { ...service, __typename: "Service" };
      }
      case "GoodPractice": {
        const practice = await ctx.goodPractices.findById(id);
        return practice && { ...practice, __typename: "GoodPractice" };
      }
      case "Document": {
        const document = await ctx.documents.findById(id);
        return document && { ...document, __typename: "Document" };
      }
      case "Event": {
        const event = await ctx.events.findById(id);
        return event && { ...event, __typename: "Event" };
      }
      case "DocumentFile": {
        const file = await ctx.documents.findFileById(id);
        return file && { ...file, __typename: "DocumentFile" };
      }
      default:
        return null;
    }
  }
}
