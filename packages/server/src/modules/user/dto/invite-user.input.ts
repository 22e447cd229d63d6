import { Field, ID, InputType } from "type-graphql";
import type { UserRole } from "../user.entity";
import { UserRoleEnum } from "../user.type";

@InputType("InviteUserInput", { description: "Who is invited; they choose their password when accepting" })
export class InviteUserInput {
  @Field(() => String, { description: "Where the invitation goes; becomes the sign-in address" })
  email!: string;

  @Field(() => String, { description: "Name shown in the panel and the audit log" })
  displayName!: string;

  @Field(() => UserRoleEnum, { description: "What the account will be allowed to do" })
  role!: UserRole;

  @Field(() => ID, {
    nullable: true,
    description: "Global ID of the organization represented; required for ORGANIZATION_REP, else not allowed",
  })
  organizationId?: string | null;
}
