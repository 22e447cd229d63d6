import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType("IndicatorValue", { description: "An indicator's value for one TERYT unit and year" })
export class IndicatorValueType {
  @Field(() => String, { description: "The code of the indicator the value belongs to" })
  indicatorCode!: string;

  @Field(() => Int, { description: "The year the value describes" })
  year!: number;

  @Field(() => Float, { description: "The value, in the indicator's unit" })
  value!: number;

  @Field(() => Float, { nullable: true, description: "Starting value, where the programme defines one" })
  baseline!: number | null;

  @Field(() => Float, { nullable: true, description: "Value to reach, where the programme defines one" })
  target!: number | null;

  @Field(() => String, { description: "Where this value comes from; empty means the indicator's own source" })
  source!: string;

  @Field(() => String, { description: "Remark on this value, e.g. a change of method; may be empty" })
  note!: string;

  @Field(() => Boolean, { description: "Generated demonstration value, not real data" })
  isDemo!: boolean;
}
