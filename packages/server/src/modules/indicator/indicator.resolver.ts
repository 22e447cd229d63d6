import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { IndicatorMapArgs } from "./dto/indicator-map.args";
import { IndicatorSeriesArgs } from "./dto/indicator-series.args";
import { IndicatorsArgs } from "./dto/indicators.args";
import { IndicatorMapType } from "./indicator-map.type";
import { IndicatorSeriesType } from "./indicator-series.type";
import type { Indicator } from "./indicator.entity";
import { IndicatorConnection, IndicatorType } from "./indicator.type";

@Resolver(() => IndicatorType)
export class IndicatorResolver {
  @Query(() => IndicatorConnection, { description: "The observatory's indicators in code order, filtered" })
  indicators(@Args(() => IndicatorsArgs) args: IndicatorsArgs, @Ctx() { indicators }: RequestContext) {
    return indicators.list(args);
  }

  @Query(() => IndicatorType, {
    nullable: true,
    description: "One indicator; null when no indicator has the code",
  })
  indicator(
    @Arg("code", () => String, { description: "The indicator's code" }) code: string,
    @Ctx() { indicators }: RequestContext,
  ) {
    return indicators.findByCode(code);
  }

  @Query(() => IndicatorSeriesType, {
    description: "Values per unit per year, for a table or a time-series chart",
  })
  indicatorSeries(
    @Args(() => IndicatorSeriesArgs) args: IndicatorSeriesArgs,
    @Ctx() { indicators }: RequestContext,
  ) {
    return indicators.series(args);
  }

  @Query(() => IndicatorMapType, {
    description: "One year's values for every unit of a level, with the range for a legend",
  })
  indicatorMap(@Args(() => IndicatorMapArgs) args: IndicatorMapArgs, @Ctx() { indicators }: RequestContext) {
    return indicators.map(args);
  }

  @FieldResolver(() => Int, { nullable: true, description: "The latest year with a value; null when none" })
  latestYear(@Root() indicator: Indicator, @Ctx() { indicators }: RequestContext) {
    return indicators.latestYear(indicator);
  }

  @FieldResolver(() => [Int], { description: "Every year with a value, oldest first" })
  years(@Root() indicator: Indicator, @Ctx() { indicators }: RequestContext) {
    return indicators.years(indicator);
  }
}
