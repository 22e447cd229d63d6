import { Field, ObjectType } from "type-graphql";
import { UserErrorType, type UserError } from "../common/user-error.type";
import type { GoodPractice } from "./good-practice.entity";
import { GoodPracticeType } from "./good-practice.type";

@ObjectType("GoodPracticePayload", {
  description: "A good practice after a change, or the reasons it was refused",
})
export class GoodPracticePayload {
  @Field(() => GoodPracticeType, { nullable: true, description: "Null when userErrors is not empty" })
  goodPractice!: GoodPractice | null;

  @Field(() => [UserErrorType], { description: "Why nothing was written; empty on success" })
  userErrors!: UserError[];
}

export const goodPracticePayload = (goodPractice: GoodPractice | null, userErrors: UserError[] = []) => ({
  goodPractice: userErrors.length ? null : goodPractice,
  userErrors,
});
