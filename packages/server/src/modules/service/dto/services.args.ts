import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../../common/page.args";
import { ServiceOrderEnum, type ServiceOrder } from "../service.enums";
import { ServiceFilterInput } from "./service-filter.input";

@ArgsType()
export class ServicesArgs extends PageArgs {
  @Field(() => ServiceFilterInput, { nullable: true, description: "Only services that match" })
  filter?: ServiceFilterInput | null;

  @Field(() => ServiceOrderEnum, {
    nullable: true,
    description: "Order of the results; RELEVANCE needs filter.text, DISTANCE needs filter.near",
  })
  orderBy?: ServiceOrder | null;
}
