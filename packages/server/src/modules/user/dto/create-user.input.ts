import { Field, ID, InputType } from "type-graphql";
import type { UserRole } from "../user.entity";
import { UserRoleEnum } from "../user.type";

@InputType("CreateUserInput", { description: "A new account; the person signs in with this password" })
export class CreateUserInput {
  @Field(() => String, { description: "Sign-in address; unique, case aside" })
  email!: string;

  @Field(() => String, { description: "Name shown in the panel and the audit log" })
  displayName!: string;

  @Field(() => UserRoleEnum, { description: "What the account may do" })
  role!: UserRole;

  @Field(() => String, { description: "At least 12 characters" })
  password!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Global ID of the organization represented; required for ORGANIZATION_REP, else not allowed",
  })
  organizationId?: string | null;
}
