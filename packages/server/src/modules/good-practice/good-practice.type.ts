import type { FundingKind, ServiceArea, TargetGroup } from "@obserwatorium/schema";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { connectionType } from "../common/connection.type";
import { DateTimeScalar } from "../common/date-time.scalar";
import { LocalDateScalar } from "../common/local-date.scalar";
import { NodeInterface } from "../common/node.interface";
import type { PublicationState } from "../organization/organization.entity";
import { PublicationStateEnum } from "../organization/organization.enums";
import { ServiceAreaEnum, TargetGroupEnum } from "../service/service.enums";
import { FundingKindEnum } from "./good-practice.enums";

@ObjectType("GoodPracticePeriod", { description: "When the practice ran; each end is a year, or a date" })
export class GoodPracticePeriodType {
  @Field(() => Int, { description: "Year it started" })
  fromYear!: number;

  @Field(() => LocalDateScalar, { nullable: true, description: "The exact start, when known" })
  fromDate!: string | null;

  @Field(() => Int, { nullable: true, description: "Null while it is still going on" })
  toYear!: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "The exact end, when known" })
  toDate!: string | null;
}

@ObjectType("GoodPracticeFunding", { description: "How a good practice was paid for" })
export class GoodPracticeFundingType {
  @Field(() => [FundingKindEnum], { description: "Kinds of funding used, e.g. EU funds or the local budget" })
  kinds!: FundingKind[];

  @Field(() => String, { description: "The source in words, e.g. the programme and the project number" })
  source!: string;
}

@ObjectType("GoodPracticeResult", { description: "One measured result, e.g. 120 participants" })
export class GoodPracticeResultType {
  @Field(() => String, { description: "What was measured, e.g. 'uczestnicy zajęć'" })
  indicator!: string;

  @Field(() => Float, { description: "The measured amount" })
  value!: number;

  @Field(() => String, { description: "E.g. 'osób', '%'; empty for a plain count" })
  unit!: string;
}

@ObjectType("GoodPracticeContact", { description: "Who can tell more about the practice" })
export class GoodPracticeContactType {
  @Field(() => String, { nullable: true, description: "Person or office to ask; null when not given" })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "E-mail address; null when not given" })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "Polish numbers as +48 NNN NNN NNN" })
  phone!: string | null;
}

@ObjectType("LinkAttachment", { description: "A titled link to material on another site" })
export class LinkAttachmentType {
  @Field(() => String, { description: "What the link leads to" })
  title!: string;

  @Field(() => String, { description: "Absolute http or https address" })
  url!: string;
}

@ObjectType("GoodPractice", {
  description: "A good practice (dobra praktyka) in social policy: what was done, where, by whom, results",
  implements: NodeInterface,
})
export class GoodPracticeType extends NodeInterface {
  @Field(() => String, { description: "Stable, human-readable part of the practice's URL" })
  slug!: string;

  @Field(() => String, { description: "Its name" })
  title!: string;

  @Field(() => String, { description: "A few sentences in plain text" })
  summary!: string;

  @Field(() => [ServiceAreaEnum], { description: "Statutory areas of social services it belongs to" })
  serviceAreas!: ServiceArea[];

  @Field(() => [TargetGroupEnum], { description: "Whom it was for" })
  targetGroups!: TargetGroup[];

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

export const GoodPracticeConnection = connectionType("GoodPractice", GoodPracticeType);
