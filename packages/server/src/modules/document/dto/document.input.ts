import type { DocumentKind, DocumentStage } from "@obserwatorium/schema";
import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDateScalar } from "../../common/local-date.scalar";
import { DocumentKindEnum, DocumentStageEnum } from "../document.enums";

@InputType("AdoptingActInput", { description: "The resolution or order that adopted a document" })
export class AdoptingActInput {
  @Field(() => String, { nullable: true, description: "The act's number, e.g. 'XII/85/2025'" })
  number?: string | null;

  @Field(() => String, { nullable: true, description: "Who adopted it, e.g. 'Rada Miejska w Łapach'" })
  body?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Required when the stage is ADOPTED" })
  date?: string | null;
}

@InputType("DocumentInput", {
  description: "All editable fields of a document (files are uploaded separately)",
})
export class DocumentInput {
  @Field(() => DocumentKindEnum, { description: "What sort of document it is" })
  kind!: DocumentKind;

  @Field(() => String, { description: "The document's official title, at most 500 characters" })
  title!: string;

  @Field(() => String, { nullable: true, description: "A few sentences of plain text about it" })
  summary?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "TERYT code of the JST it concerns (the region for regional ones)",
  })
  territorialUnitCode?: string | null;

  @Field(() => Int, { nullable: true, description: "First year of the period the document covers" })
  periodFromYear?: number | null;

  @Field(() => Int, { nullable: true, description: "Last year of the period the document covers" })
  periodToYear?: number | null;

  @Field(() => DocumentStageEnum, { description: "Drafting stage: draft, in consultation or adopted" })
  stage!: DocumentStage;

  @Field(() => AdoptingActInput, { nullable: true, description: "The act that adopted it, when adopted" })
  act?: AdoptingActInput | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "First day it applies" })
  inForceFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Last day it applies; empty when open-ended" })
  inForceTo?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Day it was repealed, if it was" })
  repealedOn?: string | null;

  @Field(() => [String], { nullable: true, description: "Free keywords" })
  tags?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Global IDs of related organizations" })
  organizationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Global IDs of related services" })
  serviceIds?: string[] | null;
}
