import type { TerritorialUnitKind } from "@obserwatorium/schema";
import { Field, ObjectType } from "type-graphql";
import { LocalDateScalar } from "../common/local-date.scalar";
import { connectionType } from "../common/connection.type";
import { TerritorialUnitKindEnum } from "./territorial-unit-kind.enum";

@ObjectType("TerritorialUnit", {
  description:
    "A unit of the TERYT territorial register (GUS TERC): województwo, powiat, gmina or a part of one",
})
export class TerritorialUnitType {
  @Field(() => String, { description: "TERYT code: 2 digits (województwo), 4 (powiat) or 7 (gmina WWPPGGR)" })
  code!: string;

  @Field(() => String, { description: "Official name in the TERYT register" })
  name!: string;

  @Field(() => TerritorialUnitKindEnum, {
    description: "Województwo, powiat, city with powiat rights, a kind of gmina or a part of one",
  })
  kind!: TerritorialUnitKind;

  @Field(() => String, { nullable: true, description: "Code of the containing unit; null for a województwo" })
  parentCode!: string | null;

  @Field(() => LocalDateScalar, { description: "Date of the register version the unit comes from (STAN_NA)" })
  registerDate!: string;
}

export const TerritorialUnitConnection = connectionType("TerritorialUnit", TerritorialUnitType);
