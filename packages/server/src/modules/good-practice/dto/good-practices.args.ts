import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../../common/page.args";
import { GoodPracticeFilterInput } from "./good-practice-filter.input";

@ArgsType()
export class GoodPracticesArgs extends PageArgs {
  @Field(() => GoodPracticeFilterInput, { nullable: true, description: "Only practices that match" })
  filter?: GoodPracticeFilterInput | null;
}
