import type { DocumentKind, DocumentStage } from "@obserwatorium/schema";
import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDateScalar } from "../../common/local-date.scalar";
import { DocumentKindEnum, DocumentStageEnum } from "../document.enums";

@InputType("AdoptingActInput")
export class AdoptingActInput {
  @Field(() => String, { nullable: true })
  number?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Required when the stage is ADOPTED" })
  date?: string | null;
}

@InputType("DocumentInput", {
  description: "All editable fields of a document (files are uploaded separately)",
})
export class DocumentInput {
  @Field(() => DocumentKindEnum)
  kind!: DocumentKind;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "TERYT code of the JST it concerns (the region for regional ones)",
  })
  territorialUnitCode?: string | null;

  @Field(() => Int, { nullable: true })
  periodFromYear?: number | null;

  @Field(() => Int, { nullable: true })
  periodToYear?: number | null;

  @Field(() => DocumentStageEnum)
  stage!: DocumentStage;

  @Field(() => AdoptingActInput, { nullable: true })
  act?: AdoptingActInput | null;

  @Field(() => LocalDateScalar, { nullable: true })
  inForceFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  inForceTo?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  repealedOn?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Global IDs of related organizations" })
  organizationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Global IDs of related services" })
  serviceIds?: string[] | null;
}
