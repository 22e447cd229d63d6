import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../common/date-time.scalar";
import { UserErrorType } from "../common/user-error.type";
import { UserType } from "./user.type";

@ObjectType("LoginPayload", {
  description: "The outcome of a sign-in: a session (user, token, expiresAt) or userErrors, never both",
})
export class LoginPayload {
  @Field(() => UserType, { nullable: true, description: "The signed-in user; null when sign-in failed" })
  user!: UserType | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Session token for API clients: send it as `Authorization: Bearer <token>`. " +
      "The site uses the HttpOnly cookie set with the same response instead.",
  })
  token!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the session ends" })
  expiresAt!: Date | null;

  @Field(() => [UserErrorType], {
    description: "Why sign-in failed, worded so it never tells which part was wrong",
  })
  userErrors!: UserErrorType[];
}

@ObjectType("LogoutPayload", { description: "The outcome of signing out" })
export class LogoutPayload {
  @Field(() => Boolean, { description: "True once the session (if any) has ended" })
  ok!: boolean;
}
