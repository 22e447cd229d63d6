import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { GoodPracticeInput } from "./dto/good-practice.input";
import { GoodPracticePayload } from "./good-practice-payload.type";

@Resolver()
export class GoodPracticeMutationResolver {
  @Authorized()
  @Mutation(() => GoodPracticePayload, { description: "Creates a draft good practice" })
  createGoodPractice(
    @Arg("input", () => GoodPracticeInput, { description: "The practice's data" }) input: GoodPracticeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.goodPracticeEditor.create(input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => GoodPracticePayload, { description: "Replaces every editable field of a good practice" })
  updateGoodPractice(
    @Arg("id", () => ID, { description: "Global ID of the practice" }) id: string,
    @Arg("input", () => GoodPracticeInput, { description: "The whole record as it should be" })
    input: GoodPracticeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.goodPracticeEditor.update(id, input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => GoodPracticePayload, { description: "Makes a good practice visible to everyone" })
  publishGoodPractice(
    @Arg("id", () => ID, { description: "Global ID of the practice" }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.goodPracticeEditor.publish(id, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => GoodPracticePayload, {
    description: "Hides a good practice from the public; history is kept",
  })
  archiveGoodPractice(
    @Arg("id", () => ID, { description: "Global ID of the practice" }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.goodPracticeEditor.archive(id, ctx.auth.user!);
  }
}
