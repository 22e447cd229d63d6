import { ArgsType, Field, Int } from "type-graphql";

@ArgsType()
export class IndicatorSeriesArgs {
  @Field(() => String, { description: "The indicator's code" })
  code!: string;

  @Field(() => [String], { description: "TERYT codes of the units, 1 to 200, in the order wanted" })
  areaCodes!: string[];

  @Field(() => [Int], {
    nullable: true,
    description: "Only these years (at most 50); all years when omitted",
  })
  years?: number[] | null;
}
