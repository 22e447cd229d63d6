import { Field, ID, ObjectType } from "type-graphql";
import type { OfferingKind } from "./offering.entity";
import { OfferingKindEnum } from "./organization.enums";

@ObjectType("Offering", { description: "A product or service an organization offers" })
export class OfferingType {
  @Field(() => ID, { description: "Stable identifier of the offering" })
  id!: string;

  @Field(() => OfferingKindEnum, { description: "A product or a service" })
  kind!: OfferingKind;

  @Field(() => String, { description: "Name of the product or service" })
  name!: string;

  @Field(() => String, { description: "What it is, in plain language; may be empty" })
  description!: string;

  @Field(() => [String], { description: "CPV codes (NNNNNNNN-C) for public procurement" })
  cpvCodes!: string[];
}
