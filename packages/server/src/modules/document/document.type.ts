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

  @Field(() => LocalDateScalar, { nullable: true, description: "Day the act was adopted" })
  date!: string | null;
}

@ObjectType("SnippetSegment", { description: "A piece of a snippet; highlighted pieces matched the query" })
export class SnippetSegmentType {
  @Field(() => String, { description: "The piece of text" })
  text!: string;

  @Field(() => Boolean, { description: "True for the words that matched the query" })
  highlighted!: boolean;
}

@ObjectType("PageMatch", { description: "A page where the searched text was found" })
export class PageMatchType {
  @Field(() => ID, { description: "Global ID of the file" })
  fileId!: string;

  @Field(() => Int, { description: "1-based number of the matching page in its file" })
  pageNumber!: number;

  @Field(() => [SnippetSegmentType], {
    description: "The text around the match, the matching words highlighted",
  })
  snippet!: SnippetSegmentType[];
}

@ObjectType("DocumentPage", { description: "The text of one page" })
export class DocumentPageType {
  @Field(() => Int, { description: "1-based number of the page in its file" })
  pageNumber!: number;

  @Field(() => String, { description: "The page's extracted text" })
  text!: string;
}

@ObjectType("DocumentFile", { description: "An uploaded file of a document", implements: NodeInterface })
export class DocumentFileType {
  @Field(() => String, { description: "The name the file was uploaded under" })
  fileName!: string;

  @Field(() => String, { description: "MIME type, application/pdf" })
  contentType!: string;

  @Field(() => Float, { description: "Bytes" })
  byteSize!: number;

  @Field(() => String, { description: "SHA-256 of the bytes, hex" })
  sha256!: string;

  @Field(() => TextExtractionStateEnum, { description: "Whether the text could be extracted and searched" })
  textState!: TextExtractionState;

  @Field(() => Int, { description: "Pages in the file; 0 until the text is extracted" })
  pageCount!: number;

  @Field(() => DateTimeScalar, { description: "When the file was uploaded" })
  uploadedAt!: Date;
}

@ObjectType("Document", {
  description: "A plan, programme, assessment or report of the observatory",
  implements: NodeInterface,
})
export class DocumentType extends NodeInterface {
  @Field(() => DocumentKindEnum, { description: "What sort of document it is (strategy, LPDI, report…)" })
  kind!: DocumentKind;

  @Field(() => String, { description: "The document's official title" })
  title!: string;

  @Field(() => String, { description: "What it is about, in a few sentences of plain text" })
  summary!: string;

  @Field(() => Int, { nullable: true, description: "First year of the period covered" })
  periodFromYear!: number | null;

  @Field(() => Int, { nullable: true, description: "Last year of the period covered" })
  periodToYear!: number | null;

  @Field(() => DocumentStageEnum, {
    description: "Drafting stage set by editors: draft, in consultation or adopted",
  })
  stage!: DocumentStage;

  @Field(() => LocalDateScalar, { nullable: true, description: "First day it applies; null when not known" })
  inForceFrom!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Last day it applies; null when open-ended" })
  inForceTo!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Day it was repealed (uchylony); null when it was not",
  })
  repealedOn!: string | null;

  @Field(() => [String], { description: "Free keywords given by editors" })
  tags!: string[];

  @Field(() => PublicationStateEnum, {
    description: "Whether the public sees it; editors also see drafts and archived records",
  })
  publicationState!: PublicationState;

  @Field(() => Boolean, { description: "Generated demonstration record, not real data" })
  isDemo!: boolean;

  @Field(() => DateTimeScalar, { description: "When the record was created in the hub" })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the record last changed" })
  updatedAt!: Date;
}

export const DocumentConnection = connectionType("Document", DocumentType);
