import type { IndicatorDirection, IndicatorProgramme, ServiceArea } from "@obserwatorium/schema";
import { Field, ObjectType } from "type-graphql";
import { connectionType } from "../common/connection.type";
import { ServiceAreaEnum } from "../service/service.enums";
import { IndicatorDirectionEnum, IndicatorProgrammeEnum } from "./indicator.enums";

@ObjectType("Indicator", { description: "What the observatory measures, e.g. a WPRES or OZPS indicator" })
export class IndicatorType {
  @Field(() => String, { description: "Stable code, e.g. WPRES_PES_NA_10K" })
  code!: string;

  @Field(() => String, { description: "The indicator's name as the programme words it" })
  name!: string;

  @Field(() => IndicatorProgrammeEnum, {
    description: "The programme that defines it (WPRES, RPDI, OZPS, KPRES)",
  })
  programme!: IndicatorProgramme;

  @Field(() => ServiceAreaEnum, { nullable: true, description: "The statutory area it belongs to, if one" })
  area!: ServiceArea | null;

  @Field(() => String, { description: "Unit of measure, e.g. '%' or 'na 10 tys. mieszkańców'" })
  unit!: string;

  @Field(() => String, { description: "How the value is computed, in plain language" })
  definition!: string;

  @Field(() => String, { description: "Where the data comes from" })
  source!: string;

  @Field(() => IndicatorDirectionEnum, { description: "Whether higher or lower values are better" })
  direction!: IndicatorDirection;

  @Field(() => Boolean, { description: "Defined for demonstration, not an official indicator" })
  isDemo!: boolean;
}

export const IndicatorConnection = connectionType("Indicator", IndicatorType);
