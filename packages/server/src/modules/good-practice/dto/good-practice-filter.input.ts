import type { ServiceArea, TargetGroup } from "@obserwatorium/schema";
import { Field, ID, InputType, Int } from "type-graphql";
import { ServiceAreaEnum, TargetGroupEnum } from "../../service/service.enums";
import type { PublicationState } from "../../organization/organization.entity";
import { PublicationStateEnum } from "../../organization/organization.enums";

@InputType("GoodPracticeFilter", { description: "Narrows good practices; every given condition must hold" })
export class GoodPracticeFilterInput {
  @Field(() => String, {
    nullable: true,
    description:
      "Words of the title, summary, body, place or organization, at most 200 characters; by relevance",
  })
  text?: string | null;

  @Field(() => [ServiceAreaEnum], { nullable: true, description: "In any of these areas" })
  serviceAreas?: ServiceArea[] | null;

  @Field(() => [TargetGroupEnum], { nullable: true, description: "For any of these groups" })
  targetGroups?: TargetGroup[] | null;

  @Field(() => String, {
    nullable: true,
    description: "TERYT code: carried out in a unit that contains this one or lies in it",
  })
  areaCode?: string | null;

  @Field(() => ID, { nullable: true, description: "Global ID of an organization that carried it out" })
  organizationId?: string | null;

  @Field(() => Int, { nullable: true, description: "Still running in or after this year" })
  fromYear?: number | null;

  @Field(() => Int, { nullable: true, description: "Started in or before this year" })
  toYear?: number | null;

  @Field(() => [PublicationStateEnum], {
    nullable: true,
    description: "Editors only (ARCHIVED too); anonymous callers always get PUBLISHED records",
  })
  publicationStates?: PublicationState[] | null;
}
