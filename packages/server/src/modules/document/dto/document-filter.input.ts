import type { DocumentKind, DocumentStatus } from "@obserwatorium/schema";
import { ArgsType, Field, InputType, Int } from "type-graphql";
import { PageArgs } from "../../common/page.args";
import { DocumentKindEnum, DocumentStatusEnum } from "../document.enums";
import type { PublicationState } from "../../organization/organization.entity";
import { PublicationStateEnum } from "../../organization/organization.enums";

@InputType("DocumentFilter", { description: "Narrows documents; every given condition must hold" })
export class DocumentFilterInput {
  @Field(() => String, {
    nullable: true,
    description:
      "Words or a phrase of the text, title or place, at most 200 characters; hits name their pages",
  })
  text?: string | null;

  @Field(() => [DocumentKindEnum], { nullable: true, description: "Any of these kinds" })
  kinds?: DocumentKind[] | null;

  @Field(() => String, {
    nullable: true,
    description: "TERYT code: documents of this unit, of units in it and of the units containing it",
  })
  areaCode?: string | null;

  @Field(() => Int, { nullable: true, description: "The period covered includes this year" })
  year?: number | null;

  @Field(() => [DocumentStatusEnum], {
    nullable: true,
    description: "Any of these statuses (computed for today)",
  })
  statuses?: DocumentStatus[] | null;

  @Field(() => [PublicationStateEnum], {
    nullable: true,
    description: "Editors only (ARCHIVED too); anonymous callers always get PUBLISHED records",
  })
  publicationStates?: PublicationState[] | null;
}

@ArgsType()
export class DocumentsArgs extends PageArgs {
  @Field(() => DocumentFilterInput, { nullable: true, description: "Only documents that match" })
  filter?: DocumentFilterInput | null;
}
