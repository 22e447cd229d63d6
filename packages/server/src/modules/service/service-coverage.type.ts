import { Field, Int, ObjectType } from "type-graphql";
import type { TerritorialUnit } from "../territory/territorial-unit.entity";
import { TerritorialUnitType } from "../territory/territorial-unit.type";
import { ServiceCategoryType } from "./service-category.type";

@ObjectType("ServiceCoverage", { description: "Which statutory areas a gmina or powiat has services in" })
export class ServiceCoverageType {
  @Field(() => TerritorialUnitType, { description: "The unit whose coverage is counted" })
  unit!: TerritorialUnit;

  @Field(() => Int, {
    description:
      "Visible services available in the unit: located there, or serving an area containing it or inside it",
  })
  serviceCount!: number;

  @Field(() => [ServiceCategoryType], {
    description: "All 14 statutory areas in statutory order, with counts limited to this unit",
  })
  categories!: ServiceCategoryType[];

  @Field(() => [ServiceCategoryType], { description: "The statutory areas with no service in this unit" })
  missingCategories!: ServiceCategoryType[];
}
