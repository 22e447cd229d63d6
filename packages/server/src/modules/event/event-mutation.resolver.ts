import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { EventInput } from "./dto/event.input";
import { EventPayload } from "./event-payload.type";

@Resolver()
export class EventMutationResolver {
  @Authorized()
  @Mutation(() => EventPayload, { description: "Creates a draft event" })
  createEvent(
    @Arg("input", () => EventInput, { description: "Every editable field of the event" }) input: EventInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.eventEditor.create(input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => EventPayload, {
    description: "Replaces every editable field of an event; new places are given to the waiting list",
  })
  updateEvent(
    @Arg("id", () => ID, { description: "Global ID of the event" }) id: string,
    @Arg("input", () => EventInput, { description: "Every editable field of the event" }) input: EventInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.eventEditor.update(id, input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => EventPayload, {
    description: "Makes an event visible to everyone (and open for registration)",
  })
  publishEvent(
    @Arg("id", () => ID, { description: "Global ID of the event" }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.eventEditor.publish(id, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => EventPayload, { description: "Hides an event from the public; registrations are kept" })
  archiveEvent(
    @Arg("id", () => ID, { description: "Global ID of the event" }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.eventEditor.archive(id, ctx.auth.user!);
  }
}
