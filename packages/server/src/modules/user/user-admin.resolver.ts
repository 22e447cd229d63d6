import { Arg, Args, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { uuidFromGlobalId } from "../common/global-id";
import { UserErrorType, type UserError } from "../common/user-error.type";
import { accountUserErrors } from "./account-errors";
import { CreateUserInput } from "./dto/create-user.input";
import { UsersArgs } from "./dto/users.args";
import { UserAccountPayload, UserConnection } from "./user-account.type";
import { deactivateUser, listUsers, reactivateUser } from "./user-account.service";
import type { User } from "./user.entity";
import { createUser } from "./user.service";
import { UserType } from "./user.type";

@ObjectType("CreateUserPayload", { description: "The new account, or the reasons it was refused" })
export class CreateUserPayload {
  @Field(() => UserType, { nullable: true, description: "Null when userErrors is not empty" })
  user!: User | null;

  @Field(() => [UserErrorType], { description: "Why no account was created; empty on success" })
  userErrors!: UserError[];
}

@Resolver()
export class UserAdminResolver {
  @Authorized("ADMIN")
  @Query(() => UserConnection, {
    description:
      "Every account by name, then e-mail (administrators only); active ones unless includeInactive",
  })
  users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() { em }: RequestContext) {
    return listUsers(em, args);
  }

  @Authorized("ADMIN")
  @Mutation(() => CreateUserPayload, { description: "Creates an account of any role (administrators only)" })
  async createUser(
    @Arg("input", () => CreateUserInput, { description: "The account's data" }) input: CreateUserInput,
    @Ctx() { em, auth }: RequestContext,
  ): Promise<CreateUserPayload> {
    try {
      const organizationId = input.organizationId
        ? uuidFromGlobalId(input.organizationId, "Organization", "input.organizationId")
        : null;
      const user = await createUser(em, { ...input, organizationId }, auth.user!.id);
      return { user, userErrors: [] };
    } catch (error) {
      return { user: null, userErrors: accountUserErrors(error, ["input"]) };
    }
  }

  @Authorized("ADMIN")
  @Mutation(() => UserAccountPayload, {
    description:
      "Deactivates an account and ends all its sessions (administrators only): it can no longer sign in. " +
      "Refused for your own account and for the last active administrator",
  })
  deactivateUser(
    @Arg("id", () => ID, { description: "Global ID of the account" }) id: string,
    @Ctx() { em, auth, authService }: RequestContext,
  ): Promise<UserAccountPayload> {
    return deactivateUser(em, authService, id, auth.user!.id);
  }

  @Authorized("ADMIN")
  @Mutation(() => UserAccountPayload, {
    description: "Lets a deactivated account sign in again (administrators only)",
  })
  reactivateUser(
    @Arg("id", () => ID, { description: "Global ID of the account" }) id: string,
    @Ctx() { em, auth }: RequestContext,
  ): Promise<UserAccountPayload> {
    return reactivateUser(em, id, auth.user!.id);
  }
}
