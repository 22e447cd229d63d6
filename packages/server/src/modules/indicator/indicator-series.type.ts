import { Field, Int, ObjectType } from "type-graphql";
import type { TerritorialUnit } from "../territory/territorial-unit.entity";
import { TerritorialUnitType } from "../territory/territorial-unit.type";
import type { Indicator } from "./indicator.entity";
import type { IndicatorValue } from "./indicator-value.entity";
import { IndicatorValueType } from "./indicator-value.type";
import { IndicatorType } from "./indicator.type";

@ObjectType("IndicatorUnitSeries", { description: "One unit's values of an indicator, one row of a table" })
export class IndicatorUnitSeriesType {
  @Field(() => TerritorialUnitType, { description: "The unit the values describe" })
  territorialUnit!: TerritorialUnit;

  @Field(() => [IndicatorValueType], { description: "Years with a value, oldest first; gaps are omitted" })
  values!: IndicatorValue[];
}

@ObjectType("IndicatorSeries", { description: "Values of an indicator per unit per year" })
export class IndicatorSeriesType {
  @Field(() => IndicatorType, { description: "The indicator the series is of" })
  indicator!: Indicator;

  @Field(() => [Int], {
    description: "The table's columns: the years asked for, or every year with a value, oldest first",
  })
  years!: number[];

  @Field(() => [IndicatorUnitSeriesType], { description: "In the order of areaCodes" })
  units!: IndicatorUnitSeriesType[];
}
