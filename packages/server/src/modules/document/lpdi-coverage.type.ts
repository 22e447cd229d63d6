import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import type { TerritorialUnit } from "../territory/territorial-unit.entity";
import { TerritorialUnitType } from "../territory/territorial-unit.type";
import type { DocumentRecord } from "./document.entity";
import { DocumentType } from "./document.type";

export const LPDI_STATUSES = ["NONE", "IN_PREPARATION", "ADOPTED", "IN_FORCE"] as const;
export type LpdiStatus = (typeof LPDI_STATUSES)[number];
export const LpdiStatusEnum = Object.fromEntries(LPDI_STATUSES.map((status) => [status, status])) as {
  [K in LpdiStatus]: K;
};
registerEnumType(LpdiStatusEnum, {
  name: "LpdiStatus",
  description: "Where a JST is with its local deinstitutionalisation plan",
  valuesConfig: {
    NONE: { description: "No plan (or only an expired or repealed one)" },
    IN_PREPARATION: { description: "A draft or a plan in consultation" },
    ADOPTED: { description: "Adopted, not yet in force" },
    IN_FORCE: { description: "Adopted and in force" },
  },
});

@ObjectType("LpdiCoverageEntry", { description: "One JST and the state of its LPDI" })
export class LpdiCoverageEntryType {
  @Field(() => TerritorialUnitType, { description: "The powiat or gmina" })
  unit!: TerritorialUnit;

  @Field(() => LpdiStatusEnum, { description: "Whether it has a plan and how far along it is" })
  status!: LpdiStatus;

  @Field(() => DocumentType, { nullable: true, description: "The plan that decides the status" })
  document!: DocumentRecord | null;
}

@ObjectType("LpdiCoverage", { description: "Which JST of an area have a local deinstitutionalisation plan" })
export class LpdiCoverageType {
  @Field(() => TerritorialUnitType, { description: "The unit the coverage is counted for" })
  unit!: TerritorialUnit;

  @Field(() => Int, { description: "Gminy and powiaty counted (a city with powiat rights counts once)" })
  jstCount!: number;

  @Field(() => Int, { description: "JST with a plan adopted or in force" })
  adoptedCount!: number;

  @Field(() => Float, { description: "adoptedCount / jstCount, from 0 to 1" })
  adoptedShare!: number;

  @Field(() => Float, { description: "The share the regional project aims at" })
  targetShare!: number;

  @Field(() => [LpdiCoverageEntryType], { description: "Powiaty first, then gminy, by code" })
  entries!: LpdiCoverageEntryType[];
}
