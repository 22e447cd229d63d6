import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../common/date-time.scalar";
import { UserErrorType, type UserError } from "../common/user-error.type";
import type { User, UserRole } from "./user.entity";
import type { UserInvitation } from "./user-invitation.entity";
import { UserRoleEnum, UserType } from "./user.type";

@ObjectType("UserInvitation", { description: "An account offered to someone, opened with a one-time link" })
export class UserInvitationType {
  @Field(() => ID, { description: "Global ID of the invitation" })
  id!: string;

  @Field(() => String, { description: "Where the invitation was sent" })
  email!: string;

  @Field(() => String, { description: "Name the account will show" })
  displayName!: string;

  @Field(() => UserRoleEnum, { description: "Role the account will get" })
  role!: UserRole;

  @Field(() => DateTimeScalar, { description: "The link stops working then" })
  expiresAt!: Date;
}

@ObjectType("InviteUserPayload", { description: "The invitation sent, or the reasons it was refused" })
export class InviteUserPayload {
  @Field(() => UserInvitationType, { nullable: true, description: "Null when userErrors is not empty" })
  invitation!: UserInvitation | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The one-time token for the invitation link; shown only in this response, never stored in clear",
  })
  token!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The invitation link to pass on: SITE_URL/panel/zaproszenie?token=…, valid 7 days, once",
  })
  link!: string | null;

  @Field(() => Boolean, {
    description:
      "True when the link was e-mailed to the person; false without a mail server or when sending failed",
  })
  emailSent!: boolean;

  @Field(() => [UserErrorType], { description: "Why no invitation was sent; empty on success" })
  userErrors!: UserError[];
}

@ObjectType("AcceptInvitationPayload", {
  description: "What accepting an invitation did: the new account, or why it was refused",
})
export class AcceptInvitationPayload {
  @Field(() => UserType, { nullable: true, description: "The new account; sign in with it next" })
  user!: User | null;

  @Field(() => [UserErrorType], { description: "Why nothing was done; empty on success" })
  userErrors!: UserError[];
}
