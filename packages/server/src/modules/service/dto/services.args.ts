import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../../common/page.args";
import { ServiceOrderEnum, type ServiceOrder } from "../service.enums";
import { ServiceFilterInput } from "./service-filter.input";

@ArgsType()
export class ServicesArgs extends PageArgs {
  @Field(() => ServiceFilterInput, { nullable: true })
  filter?: ServiceFilterInput | null;

  @Field(() => ServiceOrderEnum, { nullable: true })
  orderBy?: ServiceOrder | null;
}
