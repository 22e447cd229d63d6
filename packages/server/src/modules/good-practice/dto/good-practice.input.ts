import type { FundingKind, ServiceArea, TargetGroup } from "@obserwatorium/schema";
import { Field, Float, ID, InputType } from "type-graphql";
import { ServiceAreaEnum, TargetGroupEnum } from "../../service/service.enums";
import { FundingKindEnum } from "../good-practice.enums";

@InputType("GoodPracticePeriodInput", { description: "When a good practice ran" })
export class GoodPracticePeriodInput {
  @Field(() => String, { description: "A year (2023) or a date (2023-03-01)" })
  from!: string;

  @Field(() => String, { nullable: true, description: "A year or a date; empty while still going on" })
  to?: string | null;
}

@InputType("GoodPracticeFundingInput", { description: "How a good practice was paid for" })
export class GoodPracticeFundingInput {
  @Field(() => [FundingKindEnum], { nullable: true, description: "Kinds of funding used" })
  kinds?: FundingKind[] | null;

  @Field(() => String, { nullable: true, description: "The source in words" })
  source?: string | null;
}

@InputType("GoodPracticeResultInput", { description: "One measured result of a good practice" })
export class GoodPracticeResultInput {
  @Field(() => String, { description: "What was measured" })
  indicator!: string;

  @Field(() => Float, { description: "The measured amount" })
  value!: number;

  @Field(() => String, { nullable: true, description: "E.g. 'osób' or '%'; empty for a plain count" })
  unit?: string | null;
}

@InputType("GoodPracticeContactInput", { description: "Whom to ask about a good practice" })
export class GoodPracticeContactInput {
  @Field(() => String, { nullable: true, description: "Person or office to ask" })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "E-mail address" })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Phone number; stored as +48 NNN NNN NNN" })
  phone?: string | null;
}

@InputType("LinkAttachmentInput", { description: "A link to material about a good practice" })
export class LinkAttachmentInput {
  @Field(() => String, { description: "What the link leads to" })
  title!: string;

  @Field(() => String, { description: "Absolute http or https address" })
  url!: string;
}

@InputType("GoodPracticeInput", { description: "All editable fields of a good practice" })
export class GoodPracticeInput {
  @Field(() => String, { description: "Its name, at most 300 characters" })
  title!: string;

  @Field(() => String, { nullable: true, description: "Generated from the title when empty" })
  slug?: string | null;

  @Field(() => String, { description: "A few sentences in plain text" })
  summary!: string;

  @Field(() => String, {
    description: "Markdown; raw HTML is shown as text, links only to http, https, mailto",
  })
  bodyMarkdown!: string;

  @Field(() => [ServiceAreaEnum], { description: "At least one" })
  serviceAreas!: ServiceArea[];

  @Field(() => [TargetGroupEnum], { nullable: true, description: "Whom it was for" })
  targetGroups?: TargetGroup[] | null;

  @Field(() => [String], { description: "TERYT codes of the units where it was carried out; at least one" })
  areaCodes!: string[];

  @Field(() => [ID], { nullable: true, description: "Global IDs of the organizations that carried it out" })
  organizationIds?: string[] | null;

  @Field(() => GoodPracticePeriodInput, { description: "When it ran" })
  period!: GoodPracticePeriodInput;

  @Field(() => GoodPracticeFundingInput, { nullable: true, description: "How it was paid for" })
  funding?: GoodPracticeFundingInput | null;

  @Field(() => [GoodPracticeResultInput], {
    nullable: true,
    description: "Measured results, in the order to show",
  })
  results?: GoodPracticeResultInput[] | null;

  @Field(() => GoodPracticeContactInput, { nullable: true, description: "Whom to ask about it" })
  contact?: GoodPracticeContactInput | null;

  @Field(() => [LinkAttachmentInput], {
    nullable: true,
    description: "Links to material about it, in the order to show",
  })
  attachments?: LinkAttachmentInput[] | null;
}
