import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../../common/page.args";

@ArgsType()
export class ApiKeysArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: "Revoked keys too" })
  includeRevoked!: boolean;
}
