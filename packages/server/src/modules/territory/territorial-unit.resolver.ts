import type { TerritorialUnitKind } from "@obserwatorium/schema";
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { TerritorialUnitsArgs } from "./dto/territorial-units.args";
import type { TerritorialUnit } from "./territorial-unit.entity";
import { TerritorialUnitKindEnum } from "./territorial-unit-kind.enum";
import { TerritorialUnitConnection, TerritorialUnitType } from "./territorial-unit.type";
import { voivodeshipBoundaries } from "./voivodeship-boundaries";

@Resolver(() => TerritorialUnitType)
export class TerritorialUnitResolver {
  @Query(() => TerritorialUnitType, {
    nullable: true,
    description: "One unit by its TERYT code; null when no unit has that code",
  })
  territorialUnit(
    @Arg("code", () => String, { description: "TERYT code: 2 digits (województwo), 4 (powiat) or 7 (gmina)" })
    code: string,
    @Ctx() { territory }: RequestContext,
  ) {
    return territory.findByCode(code);
  }

  @Query(() => TerritorialUnitConnection, {
    description: "Units of the TERYT register, filtered and paginated",
  })
  territorialUnits(
    @Args(() => TerritorialUnitsArgs) args: TerritorialUnitsArgs,
    @Ctx() { territory }: RequestContext,
  ) {
    return territory.list(args);
  }

  @FieldResolver(() => TerritorialUnitType, { nullable: true, description: "The containing unit" })
  parent(@Root() unit: TerritorialUnit, @Ctx() { territory }: RequestContext) {
    return territory.parentOf(unit);
  }

  @FieldResolver(() => [TerritorialUnitType], { description: "Directly contained units, in code order" })
  children(
    @Root() unit: TerritorialUnit,
    @Ctx() { territory }: RequestContext,
    @Arg("kinds", () => [TerritorialUnitKindEnum], {
      nullable: true,
      description: "Only children of these kinds",
    })
    kinds?: TerritorialUnitKind[] | null,
  ) {
    return territory.childrenOf(unit, kinds);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Simplified boundary as a GeoJSON geometry string (WGS84); only województwa have one for now",
  })
  boundary(@Root() unit: TerritorialUnit): string | null {
    const geometry = voivodeshipBoundaries().get(unit.code);
    return geometry ? JSON.stringify(geometry) : null;
  }
}
