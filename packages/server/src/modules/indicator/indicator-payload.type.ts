import { Field, ObjectType } from "type-graphql";
import { UserErrorType, type UserError } from "../common/user-error.type";
import type { IndicatorValue } from "./indicator-value.entity";
import { IndicatorValueType } from "./indicator-value.type";
import type { Indicator } from "./indicator.entity";
import { IndicatorType } from "./indicator.type";

@ObjectType("IndicatorPayload")
export class IndicatorPayload {
  @Field(() => IndicatorType, { nullable: true, description: "Null when userErrors is not empty" })
  indicator!: Indicator | null;

  @Field(() => [UserErrorType])
  userErrors!: UserError[];
}

@ObjectType("IndicatorValuePayload")
export class IndicatorValuePayload {
  @Field(() => IndicatorValueType, { nullable: true, description: "Null when userErrors is not empty" })
  indicatorValue!: IndicatorValue | null;

  @Field(() => [UserErrorType])
  userErrors!: UserError[];
}

@ObjectType("IndicatorValueDeletionPayload")
export class IndicatorValueDeletionPayload {
  @Field(() => Boolean, { description: "Whether a stored value was deleted; false when there was none" })
  deleted!: boolean;

  @Field(() => [UserErrorType])
  userErrors!: UserError[];
}
