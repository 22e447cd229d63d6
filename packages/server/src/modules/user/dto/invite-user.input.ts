import { Field, ID, InputType } from "type-graphql";
import type { UserRole } from "../user.entity";
import { UserRoleEnum } from "../user.type";

@InputType("InviteUserInput", { description: "Who is invited; they choose their password when accepting" })
export class InviteUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => UserRoleEnum)
  role!: UserRole;

  @Field(() => ID, {
    nullable: true,
    description: "Global ID of the organization represented; required for ORGANIZATION_REP, else not allowed",
  })
  organizationId?: string | null;
}
