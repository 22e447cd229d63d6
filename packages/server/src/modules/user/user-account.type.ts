import { Field, ObjectType } from "type-graphql";
import { connectionType } from "../common/connection.type";
import { UserErrorType, type UserError } from "../common/user-error.type";
import type { User } from "./user.entity";
import { UserType } from "./user.type";

export const UserConnection = connectionType("User", UserType);

@ObjectType("UserAccountPayload", {
  description: "The account after deactivateUser or reactivateUser, or why nothing was changed",
})
export class UserAccountPayload {
  @Field(() => UserType, { nullable: true, description: "Null when userErrors is not empty" })
  user!: User | null;

  @Field(() => [UserErrorType], { description: "Why nothing was changed; empty on success" })
  userErrors!: UserError[];
}
