import { ArgsType, Field, Int } from "type-graphql";
import type { UserRole } from "../user.entity";
import { UserRoleEnum } from "../user.type";

@ArgsType()
export class UsersArgs {
  @Field(() => Int, { defaultValue: 50 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => UserRoleEnum, { nullable: true, description: "Only accounts of this role" })
  role?: UserRole | null;

  @Field(() => String, {
    nullable: true,
    description: "Part of the e-mail address or of the name, whatever the letter case",
  })
  query?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "Deactivated accounts too" })
  includeInactive!: boolean;
}
