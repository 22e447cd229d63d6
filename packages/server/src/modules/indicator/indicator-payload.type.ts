import { Field, ObjectType } from "type-graphql";
import { UserErrorType, type UserError } from "../common/user-error.type";
import type { IndicatorValue } from "./indicator-value.entity";
import { IndicatorValueType } from "./indicator-value.type";
import type { Indicator } from "./indicator.entity";
import { IndicatorType } from "./indicator.type";

@ObjectType("IndicatorPayload", {
  description: "An indicator definition after a change, or the reasons it was refused",
})
export class IndicatorPayload {
  @Field(() => IndicatorType, { nullable: true, description: "Null when userErrors is not empty" })
  indicator!: Indicator | null;

  @Field(() => [UserErrorType], { description: "Why nothing was written; empty on success" })
  userErrors!: UserError[];
}

@ObjectType("IndicatorValuePayload", {
  description: "A stored indicator value, or the reasons it was refused",
})
export class IndicatorValuePayload {
  @Field(() => IndicatorValueType, { nullable: true, description: "Null when userErrors is not empty" })
  indicatorValue!: IndicatorValue | null;

  @Field(() => [UserErrorType], { description: "Why nothing was written; empty on success" })
  userErrors!: UserError[];
}

@ObjectType("IndicatorValueDeletionPayload", { description: "Whether a value was deleted, or why not" })
export class IndicatorValueDeletionPayload {
  @Field(() => Boolean, { description: "Whether a stored value was deleted; false when there was none" })
  deleted!: boolean;

  @Field(() => [UserErrorType], { description: "Why nothing was deleted; empty on success" })
  userErrors!: UserError[];
}
