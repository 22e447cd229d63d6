import type { IndicatorDirection, IndicatorProgramme, ServiceArea } from "@obserwatorium/schema";
import { Field, InputType } from "type-graphql";
import { ServiceAreaEnum } from "../../service/service.enums";
import { IndicatorDirectionEnum, IndicatorProgrammeEnum } from "../indicator.enums";

@InputType("IndicatorInput", { description: "Every editable field of an indicator's definition" })
export class IndicatorInput {
  @Field(() => String, { description: "The name readers see, at most 300 characters" })
  name!: string;

  @Field(() => IndicatorProgrammeEnum, { description: "The programme that defines it" })
  programme!: IndicatorProgramme;

  @Field(() => ServiceAreaEnum, { nullable: true, description: "The statutory area, if one" })
  area?: ServiceArea | null;

  @Field(() => String, { description: "Unit of measure, e.g. '%' or 'na 10 tys. mieszkańców'" })
  unit!: string;

  @Field(() => String, { nullable: true, description: "How the value is computed, in plain language" })
  definition?: string | null;

  @Field(() => String, { nullable: true, description: "Where the data comes from" })
  source?: string | null;

  @Field(() => IndicatorDirectionEnum, { description: "Whether higher or lower values are better" })
  direction!: IndicatorDirection;
}
