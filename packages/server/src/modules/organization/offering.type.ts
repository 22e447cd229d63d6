import { Field, ID, ObjectType } from "type-graphql";
import type { OfferingKind } from "./offering.entity";
import { OfferingKindEnum } from "./organization.enums";

@ObjectType("Offering", { description: "A product or service an organization offers" })
export class OfferingType {
  @Field(() => ID)
  id!: string;

  @Field(() => OfferingKindEnum)
  kind!: OfferingKind;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [String], { description: "CPV codes (NNNNNNNN-C) for public procurement" })
  cpvCodes!: string[];
}
