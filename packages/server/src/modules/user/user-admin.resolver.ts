import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { uuidFromGlobalId } from "../common/global-id";
import { UserErrorType, type UserError } from "../common/user-error.type";
import { accountUserErrors } from "./account-errors";
import { CreateUserInput } from "./dto/create-user.input";
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
}
