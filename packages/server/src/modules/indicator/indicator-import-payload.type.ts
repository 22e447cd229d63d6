import { Field, Int, ObjectType } from "type-graphql";
import { UserErrorType, type UserError } from "../common/user-error.type";

@ObjectType("IndicatorImportPayload", {
  description:
    'Result of an import; each problem of the file has field ["csv", line number, column] and nothing is written',
})
export class IndicatorImportPayload {
  @Field(() => Int, { nullable: true, description: "Rows of the file now stored; null when userErrors" })
  imported!: number | null;

  @Field(() => Int, { nullable: true, description: "Of those, values that were new" })
  inserted!: number | null;

  @Field(() => Int, { nullable: true, description: "Of those, values that replaced different ones" })
  updated!: number | null;

  @Field(() => [UserErrorType], {
    description: "Every problem of the file, by line and column; nothing is written when there is one",
  })
  userErrors!: UserError[];
}
