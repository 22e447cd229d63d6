import { Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { DateTimeScalar } from "../common/date-time.scalar";
import { toGlobalId } from "../common/global-id";
import { OrganizationType } from "../organization/organization.type";
import type { AuthenticatedUser } from "./auth.service";
import type { User } from "./user.entity";
import { UserType } from "./user.type";

/** `me` and `login` give the signed-in user; lists and relations give the stored account. */
type UserRoot = AuthenticatedUser | User;

const ACCOUNT_DETAIL = "; null unless you are an administrator or this user";

/** The stored account behind a root, when the viewer may see its details: an admin, or the user. */
async function visibleAccount(root: UserRoot, { auth, loaders }: RequestContext): Promise<User | null> {
  const viewer = auth.user;
  if (!viewer || (viewer.role !== "ADMIN" && viewer.id !== root.id)) return null;
  return "createdAt" in root ? root : loaders.user.userById.load(root.id);
}

@Resolver(() => UserType)
export class UserResolver {
  @FieldResolver(() => ID, { description: "Global ID" })
  id(@Root() user: UserRoot) {
    return toGlobalId("User", user.id);
  }

  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description: "The organization an ORGANIZATION_REP represents; null for staff",
  })
  organization(@Root() user: Pick<AuthenticatedUser, "organizationId">, @Ctx() { loaders }: RequestContext) {
    return user.organizationId ? loaders.organization.organizationById.load(user.organizationId) : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: `False once an administrator has deactivated the account (it cannot sign in)${ACCOUNT_DETAIL}`,
  })
  async isActive(@Root() user: UserRoot, @Ctx() ctx: RequestContext) {
    return (await visibleAccount(user, ctx))?.isActive ?? null;
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: `When the account was created${ACCOUNT_DETAIL}`,
  })
  async createdAt(@Root() user: UserRoot, @Ctx() ctx: RequestContext) {
    return (await visibleAccount(user, ctx))?.createdAt ?? null;
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: `The last successful sign-in, if any${ACCOUNT_DETAIL}`,
  })
  async lastLoginAt(@Root() user: UserRoot, @Ctx() ctx: RequestContext) {
    return (await visibleAccount(user, ctx))?.lastLoginAt ?? null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: `How many sessions of the account are live (signed-in browsers and API tokens)${ACCOUNT_DETAIL}`,
  })
  async activeSessionCount(@Root() user: UserRoot, @Ctx() ctx: RequestContext) {
    const account = await visibleAccount(user, ctx);
    return account ? ctx.authService.liveSessionCount(account.id) : null;
  }
}
