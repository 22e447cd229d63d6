import { Field, Float, Int, ObjectType } from "type-graphql";
import type { TerritorialUnit } from "../territory/territorial-unit.entity";
import { TerritorialUnitType } from "../territory/territorial-unit.type";
import type { Indicator } from "./indicator.entity";
import { TerritorialLevelEnum, type TerritorialLevel } from "./indicator.enums";
import type { IndicatorValue } from "./indicator-value.entity";
import { IndicatorValueType } from "./indicator-value.type";
import { IndicatorType } from "./indicator.type";

@ObjectType("IndicatorMapEntry", { description: "One unit of a map and its value" })
export class IndicatorMapEntryType {
  @Field(() => TerritorialUnitType, { description: "The unit this entry colours" })
  territorialUnit!: TerritorialUnit;

  @Field(() => Float, { nullable: true, description: "Null when the unit has no value for the year" })
  value!: number | null;

  @Field(() => IndicatorValueType, { nullable: true, description: "The whole record: source, note, target" })
  indicatorValue!: IndicatorValue | null;
}

@ObjectType("IndicatorMap", { description: "An indicator's values for every unit of a level in one year" })
export class IndicatorMapType {
  @Field(() => IndicatorType, { description: "The indicator mapped" })
  indicator!: Indicator;

  @Field(() => Int, { description: "The year of the values shown" })
  year!: number;

  @Field(() => TerritorialLevelEnum, {
    description: "Which units the map shows: the województwa, or the powiaty of one województwo",
  })
  level!: TerritorialLevel;

  @Field(() => String, { nullable: true, description: "The województwo of a COUNTY map; null otherwise" })
  parentCode!: string | null;

  @Field(() => [IndicatorMapEntryType], { description: "Every unit of the level, in TERYT code order" })
  entries!: IndicatorMapEntryType[];

  @Field(() => Float, { nullable: true, description: "Smallest value, for the legend; null when none" })
  min!: number | null;

  @Field(() => Float, { nullable: true, description: "Largest value, for the legend; null when none" })
  max!: number | null;
}
