import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { ServiceInput } from "./dto/service.input";
import { ServicePayload } from "./service-payload.type";

@Resolver()
export class ServiceMutationResolver {
  @Authorized()
  @Mutation(() => ServicePayload, { description: "Creates a draft service" })
  createService(
    @Arg("input", () => ServiceInput, { description: "The service's data" }) input: ServiceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.serviceEditor.create(input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => ServicePayload, { description: "Replaces every editable field of a service" })
  updateService(
    @Arg("id", () => ID, { description: "Global ID of the service" }) id: string,
    @Arg("input", () => ServiceInput, { description: "The whole record as it should be" })
    input: ServiceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.serviceEditor.update(id, input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => ServicePayload, { description: "Makes a service visible to everyone" })
  publishService(
    @Arg("id", () => ID, { description: "Global ID of the service" }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.serviceEditor.publish(id, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => ServicePayload, { description: "Hides a service from the public; history is kept" })
  archiveService(
    @Arg("id", () => ID, { description: "Global ID of the service" }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.serviceEditor.archive(id, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => ServicePayload, {
    description: "Confirms a service's data as of today (clears the stale mark)",
  })
  verifyService(
    @Arg("id", () => ID, { description: "Global ID of the service" }) id: string,
    @Arg("source", () => String, { description: "How it was verified, e.g. 'telefon do OPS'" })
    source: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.serviceEditor.verify(id, source, ctx.auth.user!);
  }
}
