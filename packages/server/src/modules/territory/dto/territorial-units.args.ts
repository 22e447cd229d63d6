import type { TerritorialUnitKind } from "@obserwatorium/schema";
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../../common/page.args";
import { TerritorialUnitKindEnum } from "../territorial-unit-kind.enum";

@ArgsType()
export class TerritorialUnitsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Only the direct children of this unit" })
  parentCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only units anywhere inside this unit (its children, their children…), not the unit itself",
  })
  withinCode?: string | null;

  @Field(() => [TerritorialUnitKindEnum], { nullable: true, description: "Only units of these kinds" })
  kinds?: TerritorialUnitKind[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Full-text search in names: typo-tolerant, with or without Polish letters",
  })
  search?: string | null;
}
