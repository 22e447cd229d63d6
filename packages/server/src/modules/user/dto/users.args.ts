import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../../common/page.args";
import type { UserRole } from "../user.entity";
import { UserRoleEnum } from "../user.type";

@ArgsType()
export class UsersArgs extends PageArgs {
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
