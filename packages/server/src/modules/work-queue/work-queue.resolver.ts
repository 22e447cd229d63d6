import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { WorkQueuesType } from "./work-queue.type";

@Resolver()
export class WorkQueueResolver {
  @Authorized()
  @Query(() => WorkQueuesType, { description: "What waits for the editors: counts and the first items" })
  workQueues(
    @Ctx() { workQueues }: RequestContext,
    @Arg("first", () => Int, { defaultValue: 5, description: "Items per queue, 0 to 50" }) first: number,
  ) {
    return workQueues.queues(first);
  }
}
