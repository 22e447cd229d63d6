import type {
  AccessibilityFeature,
  CostKind,
  DeliveryMode,
  ServiceType,
  TargetGroup,
} from "@obserwatorium/schema";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { LocalDateScalar } from "../../common/local-date.scalar";
import {
  AccessibilityFeatureEnum,
  CostKindEnum,
  DeliveryModeEnum,
  ServiceTypeEnum,
  TargetGroupEnum,
} from "../service.enums";
import { ServiceLocationInput } from "./service-location.input";

@InputType("CostOptionInput", { description: "What a service costs the resident" })
export class CostOptionInput {
  @Field(() => CostKindEnum, { description: "Free, paid, partly paid or dependent on income" })
  kind!: CostKind;

  @Field(() => Float, { nullable: true, description: "PLN; required for PAID, not allowed for FREE" })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: "What the price is for; required with an amount" })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: "Required for PARTLY_PAID and INCOME_DEPENDENT" })
  explanation?: string | null;
}

@InputType("EligibilityInput", { description: "Who may use a service" })
export class EligibilityInput {
  @Field(() => String, { nullable: true, description: "The rules in plain language" })
  text?: string | null;

  @Field(() => Int, { nullable: true, description: "Youngest age served" })
  minAge?: number | null;

  @Field(() => Int, { nullable: true, description: "Oldest age served" })
  maxAge?: number | null;

  @Field(() => Boolean, { nullable: true, description: "A disability certificate (orzeczenie) is needed" })
  disabilityCertificateRequired?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Granted only below an income threshold" })
  incomeCriterion?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Only for residents of the area served" })
  residenceRequired?: boolean | null;
}

@InputType("HowToApplyInput", { description: "How a resident applies for a service" })
export class HowToApplyInput {
  @Field(() => String, { description: "Steps, in plain language" })
  text!: string;

  @Field(() => [String], { nullable: true, description: "Documents to bring or attach" })
  requiredDocuments?: string[] | null;
}

@InputType("ServiceInput", { description: "All editable fields of a service" })
export class ServiceInput {
  @Field(() => String, { description: "Its name as residents see it, at most 300 characters" })
  title!: string;

  @Field(() => String, { nullable: true, description: "Generated from the title when empty" })
  slug?: string | null;

  @Field(() => String, { description: "Plain-language description" })
  description!: string;

  @Field(() => ServiceTypeEnum, { description: "Its type in the catalogue of social services" })
  serviceType!: ServiceType;

  @Field(() => ID, { nullable: true, description: "Global ID of the providing organization" })
  providerId?: string | null;

  @Field(() => [TargetGroupEnum], { description: "Whom it is for" })
  targetGroups!: TargetGroup[];

  @Field(() => CostOptionInput, { description: "What it costs the resident" })
  cost!: CostOptionInput;

  @Field(() => EligibilityInput, { nullable: true, description: "Who may use it" })
  eligibility?: EligibilityInput | null;

  @Field(() => HowToApplyInput, { description: "How to apply for it" })
  howToApply!: HowToApplyInput;

  @Field(() => [DeliveryModeEnum], { description: "How it is delivered; at least one" })
  deliveryModes!: DeliveryMode[];

  @Field(() => [String], { nullable: true, description: "ISO 639 codes or 'pjm'; Polish when empty" })
  languages?: string[] | null;

  @Field(() => [AccessibilityFeatureEnum], {
    nullable: true,
    description: "How it is accessible to people with disabilities",
  })
  accessibilityFeatures?: AccessibilityFeature[] | null;

  @Field(() => String, { nullable: true, description: "Capacity and waiting time, in plain language" })
  waitingTimeText?: string | null;

  @Field(() => String, { nullable: true, description: "The statute it rests on" })
  legalBasis?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "First day it is offered" })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Last day it is offered" })
  validTo?: string | null;

  @Field(() => [String], { nullable: true, description: "TERYT codes of the areas served" })
  areaCodes?: string[] | null;

  @Field(() => [ServiceLocationInput], {
    nullable: true,
    description: "Where it is delivered; replaces the stored list",
  })
  locations?: ServiceLocationInput[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "When the data was last confirmed" })
  lastVerifiedAt?: string | null;

  @Field(() => String, { nullable: true, description: "How the data was verified; required with the date" })
  lastVerifiedSource?: string | null;
}
