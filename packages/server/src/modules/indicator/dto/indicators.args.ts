import type { IndicatorProgramme, ServiceArea } from "@obserwatorium/schema";
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../../common/page.args";
import { ServiceAreaEnum } from "../../service/service.enums";
import { IndicatorProgrammeEnum } from "../indicator.enums";

@ArgsType()
export class IndicatorsArgs extends PageArgs {
  @Field(() => IndicatorProgrammeEnum, { nullable: true, description: "Only this programme's indicators" })
  programme?: IndicatorProgramme | null;

  @Field(() => ServiceAreaEnum, { nullable: true, description: "Only indicators of this statutory area" })
  area?: ServiceArea | null;
}
