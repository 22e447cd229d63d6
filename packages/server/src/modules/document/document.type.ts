import type { DocumentKind, DocumentStage, TextExtractionState } from "@obserwatorium/schema";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { connectionType } from "../common/connection.type";
import { DateTimeScalar } from "../common/date-time.scalar";
import { LocalDateScalar } from "../common/local-date.scalar";
import { NodeInterface } from "../common/node.interface";
import type { PublicationState } from "../organization/organization.entity";
import { PublicationStateEnum } from "../organization/organization.enums";
import { DocumentKindEnum, DocumentStageEnum, TextExtractionStateEnum } from "./document.enums";

@ObjectType("AdoptingAct", { description: "The resolution (uchwała) or order that adopted the document" })
export class AdoptingActType {
  @Field(() => String, { nullable: true, description: "E.g. 'XII/85/2025'" })
  number!: string | null;

  @Field(() => String, { nullable: true, description: "E.g. 'Rada Miejska w Łapach'" })
  body!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  date!: string | null;
}

@ObjectType("SnippetSegment", { description: "A piece of a snippet; highlighted pieces matched the query" })
export class SnippetSegmentType {
  @Field(() => String)
  text!: string;

  @Field(() => Boolean)
  highlighted!: boolean;
}

@ObjectType("PageMatch", { description: "A page where the searched text was found" })
export class PageMatchType {
  @Field(() => ID, { description: "Global ID of the file" })
  fileId!: string;

  @Field(() => Int)
  pageNumber!: number;

  @Field(() => [SnippetSegmentType])
  snippet!: SnippetSegmentType[];
}

@ObjectType("DocumentPage", { description: "The text of one page" })
export class DocumentPageType {
  @Field(() => Int)
  pageNumber!: number;

  @Field(() => String)
  text!: string;
}

@ObjectType("DocumentFile", { description: "An uploaded file of a document" })
export class DocumentFileType {
  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  contentType!: string;

  @Field(() => Float, { description: "Bytes" })
  byteSize!: number;

  @Field(() => String, { description: "SHA-256 of the bytes, hex" })
  sha256!: string;

  @Field(() => TextExtractionStateEnum)
  textState!: TextExtractionState;

  @Field(() => Int)
  pageCount!: number;

  @Field(() => DateTimeScalar)
  uploadedAt!: Date;
}

@ObjectType("Document", {
  description: "A plan, programme, assessment or report of the observatory",
  implements: NodeInterface,
})
export class DocumentType extends NodeInterface {
  @Field(() => DocumentKindEnum)
  kind!: DocumentKind;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => Int, { nullable: true, description: "First year of the period covered" })
  periodFromYear!: number | null;

  @Field(() => Int, { nullable: true, description: "Last year of the period covered" })
  periodToYear!: number | null;

  @Field(() => DocumentStageEnum)
  stage!: DocumentStage;

  @Field(() => LocalDateScalar, { nullable: true })
  inForceFrom!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  inForceTo!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  repealedOn!: string | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => PublicationStateEnum)
  publicationState!: PublicationState;

  @Field(() => Boolean, { description: "Generated demonstration record, not real data" })
  isDemo!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

export const DocumentConnection = connectionType("Document", DocumentType);
