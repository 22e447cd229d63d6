import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { TerritorialUnitType } from "../territory/territorial-unit.type";
import type { IndicatorValue } from "./indicator-value.entity";
import { IndicatorValueType } from "./indicator-value.type";

@Resolver(() => IndicatorValueType)
export class IndicatorValueResolver {
  @FieldResolver(() => TerritorialUnitType, { description: "The unit the value describes" })
  territorialUnit(@Root() value: IndicatorValue, @Ctx() { territory }: RequestContext) {
    // Batched and cached per request: a series' values reuse the units it already loaded.
    return territory.findByCode(value.territorialUnitCode);
  }
}
