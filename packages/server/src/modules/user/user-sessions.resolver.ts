import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { recordAudit } from "../audit/audit.service";
import { DomainError } from "../common/errors";
import { uuidFromGlobalId } from "../common/global-id";
import { UserErrorType, type UserError } from "../common/user-error.type";
import { UserEntity } from "./user.entity";

@ObjectType("EndSessionsPayload", { description: "The outcome of ending a user's sessions" })
export class EndSessionsPayload {
  @Field(() => Int, { description: "How many live sessions were ended" })
  endedSessions!: number;

  @Field(() => [UserErrorType], { description: "Why no session was ended; empty on success" })
  userErrors!: UserError[];
}

/** Ends every session of a user, audited; the next request with any of their tokens is anonymous. */
async function endSessions({ em, authService }: RequestContext, userId: string, actorUserId: string) {
  return em.transactional(async (tx) => {
    const ended = await authService.endAllSessions(userId, tx);
    recordAudit(tx, {
      actorUserId,
      action: "USER_SESSIONS_ENDED",
      entityType: "User",
      entityId: userId,
      before: { liveSessions: ended },
      after: { liveSessions: 0 },
    });
    return ended;
  });
}

@Resolver()
export class UserSessionsResolver {
  @Authorized("ADMIN", "EDITOR", "ORGANIZATION_REP")
  @Mutation(() => EndSessionsPayload, {
    description:
      "Signs the caller out everywhere: ends all their sessions (other browsers and API tokens included) and " +
      "clears this browser's session cookie",
  })
  async logoutEverywhere(@Ctx() ctx: RequestContext): Promise<EndSessionsPayload> {
    if (ctx.auth.apiKey) throw new DomainError("FORBIDDEN", "An API key cannot end its creator's sessions");
    const user = ctx.auth.user!;
    const endedSessions = await endSessions(ctx, user.id, user.id);
    ctx.auth.clearSessionCookie();
    return { endedSessions, userErrors: [] };
  }

  @Authorized("ADMIN")
  @Mutation(() => EndSessionsPayload, {
    description: "Ends every session of a user (administrators only), e.g. after a lost laptop",
  })
  async endUserSessions(
    @Arg("userId", () => ID, { description: "Global ID of the user" }) userId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<EndSessionsPayload> {
    let uuid: string;
    try {
      uuid = uuidFromGlobalId(userId, "User", "userId");
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { endedSessions: 0, userErrors: [{ field: ["userId"], message: "is not the ID of a user" }] };
    }
    if (!(await ctx.em.findOne(UserEntity, { id: uuid }))) {
      return { endedSessions: 0, userErrors: [{ field: ["userId"], message: "no user has this ID" }] };
    }
    const endedSessions = await endSessions(ctx, uuid, ctx.auth.user!.id);
    if (uuid === ctx.auth.user!.id) ctx.auth.clearSessionCookie();
    return { endedSessions, userErrors: [] };
  }
}
