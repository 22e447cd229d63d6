import { Field, Float, InputType, Int } from "type-graphql";

@InputType("IndicatorValueInput", { description: "One indicator's value for one TERYT unit and year" })
export class IndicatorValueInput {
  @Field(() => String, { description: "The indicator's code" })
  indicatorCode!: string;

  @Field(() => String, { description: "TERYT code of the unit (2, 4 or 7 digits)" })
  territorialUnitCode!: string;

  @Field(() => Int, { description: "The year the value describes, 1990–2100" })
  year!: number;

  @Field(() => Float, { description: "The value, in the indicator's unit" })
  value!: number;

  @Field(() => Float, { nullable: true, description: "Starting value, where the programme defines one" })
  baseline?: number | null;

  @Field(() => Float, { nullable: true, description: "Value to reach, where the programme defines one" })
  target?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Where this value comes from, if not the indicator's source",
  })
  source?: string | null;

  @Field(() => String, { nullable: true, description: "Remark on this value" })
  note?: string | null;
}
