import type { FundingKind, ServiceArea, TargetGroup } from "@obserwatorium/schema";
import { Field, Float, ID, InputType } from "type-graphql";
import { ServiceAreaEnum, TargetGroupEnum } from "../../service/service.enums";
import { FundingKindEnum } from "../good-practice.enums";

@InputType("GoodPracticePeriodInput")
export class GoodPracticePeriodInput {
  @Field(() => String, { description: "A year (2023) or a date (2023-03-01)" })
  from!: string;

  @Field(() => String, { nullable: true, description: "A year or a date; empty while still going on" })
  to?: string | null;
}

@InputType("GoodPracticeFundingInput")
export class GoodPracticeFundingInput {
  @Field(() => [FundingKindEnum], { nullable: true })
  kinds?: FundingKind[] | null;

  @Field(() => String, { nullable: true, description: "The source in words" })
  source?: string | null;
}

@InputType("GoodPracticeResultInput")
export class GoodPracticeResultInput {
  @Field(() => String)
  indicator!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true })
  unit?: string | null;
}

@InputType("GoodPracticeContactInput")
export class GoodPracticeContactInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType("LinkAttachmentInput")
export class LinkAttachmentInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { description: "Absolute http or https address" })
  url!: string;
}

@InputType("GoodPracticeInput", { description: "All editable fields of a good practice" })
export class GoodPracticeInput {
  @Field(() => String)
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

  @Field(() => [TargetGroupEnum], { nullable: true })
  targetGroups?: TargetGroup[] | null;

  @Field(() => [String], { description: "TERYT codes of the units where it was carried out; at least one" })
  areaCodes!: string[];

  @Field(() => [ID], { nullable: true, description: "Global IDs of the organizations that carried it out" })
  organizationIds?: string[] | null;

  @Field(() => GoodPracticePeriodInput)
  period!: GoodPracticePeriodInput;

  @Field(() => GoodPracticeFundingInput, { nullable: true })
  funding?: GoodPracticeFundingInput | null;

  @Field(() => [GoodPracticeResultInput], { nullable: true })
  results?: GoodPracticeResultInput[] | null;

  @Field(() => GoodPracticeContactInput, { nullable: true })
  contact?: GoodPracticeContactInput | null;

  @Field(() => [LinkAttachmentInput], { nullable: true })
  attachments?: LinkAttachmentInput[] | null;
}
