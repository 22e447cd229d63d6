import { ArgsType, Field, Int } from "type-graphql";
import { GoodPracticeFilterInput } from "./good-practice-filter.input";

@ArgsType()
export class GoodPracticesArgs {
  @Field(() => GoodPracticeFilterInput, { nullable: true })
  filter?: GoodPracticeFilterInput | null;

  @Field(() => Int, { defaultValue: 20, description: "Page size, 1 to 500" })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
