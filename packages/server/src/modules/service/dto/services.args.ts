import { ArgsType, Field, Int } from "type-graphql";
import { ServiceOrderEnum, type ServiceOrder } from "../service.enums";
import { ServiceFilterInput } from "./service-filter.input";

@ArgsType()
export class ServicesArgs {
  @Field(() => ServiceFilterInput, { nullable: true })
  filter?: ServiceFilterInput | null;

  @Field(() => ServiceOrderEnum, { nullable: true })
  orderBy?: ServiceOrder | null;

  @Field(() => Int, { defaultValue: 20, description: "Page size, 1 to 500" })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
