import { ArgsType, Field, Int } from "type-graphql";
import { TerritorialLevelEnum, type TerritorialLevel } from "../indicator.enums";

@ArgsType()
export class IndicatorMapArgs {
  @Field(() => String, { description: "The indicator's code" })
  code!: string;

  @Field(() => Int, { description: "The year of the values" })
  year!: number;

  @Field(() => TerritorialLevelEnum, { description: "Which units to show" })
  level!: TerritorialLevel;

  @Field(() => String, {
    defaultValue: "20",
    description: "The województwo whose powiaty a COUNTY map shows (podlaskie by default); ignored otherwise",
  })
  parentCode!: string;
}
