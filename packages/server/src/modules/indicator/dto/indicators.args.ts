import type { IndicatorProgramme, ServiceArea } from "@obserwatorium/schema";
import { ArgsType, Field, Int } from "type-graphql";
import { ServiceAreaEnum } from "../../service/service.enums";
import { IndicatorProgrammeEnum } from "../indicator.enums";

@ArgsType()
export class IndicatorsArgs {
  @Field(() => IndicatorProgrammeEnum, { nullable: true, description: "Only this programme's indicators" })
  programme?: IndicatorProgramme | null;

  @Field(() => ServiceAreaEnum, { nullable: true, description: "Only indicators of this statutory area" })
  area?: ServiceArea | null;

  @Field(() => Int, { defaultValue: 50, description: "Page size, 1 to 500" })
  first!: number;

  @Field(() => String, { nullable: true, description: "Cursor of the last item of the previous page" })
  after?: string | null;
}
