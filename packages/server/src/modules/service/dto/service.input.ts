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

@InputType("CostOptionInput")
export class CostOptionInput {
  @Field(() => CostKindEnum)
  kind!: CostKind;

  @Field(() => Float, { nullable: true, description: "PLN; required for PAID, not allowed for FREE" })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: "What the price is for; required with an amount" })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: "Required for PARTLY_PAID and INCOME_DEPENDENT" })
  explanation?: string | null;
}

@InputType("EligibilityInput")
export class EligibilityInput {
  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => Int, { nullable: true })
  minAge?: number | null;

  @Field(() => Int, { nullable: true })
  maxAge?: number | null;

  @Field(() => Boolean, { nullable: true })
  disabilityCertificateRequired?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  incomeCriterion?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  residenceRequired?: boolean | null;
}

@InputType("HowToApplyInput")
export class HowToApplyInput {
  @Field(() => String)
  text!: string;

  @Field(() => [String], { nullable: true })
  requiredDocuments?: string[] | null;
}

@InputType("ServiceInput", { description: "All editable fields of a service" })
export class ServiceInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: "Generated from the title when empty" })
  slug?: string | null;

  @Field(() => String, { description: "Plain-language description" })
  description!: string;

  @Field(() => ServiceTypeEnum)
  serviceType!: ServiceType;

  @Field(() => ID, { nullable: true, description: "Global ID of the providing organization" })
  providerId?: string | null;

  @Field(() => [TargetGroupEnum])
  targetGroups!: TargetGroup[];

  @Field(() => CostOptionInput)
  cost!: CostOptionInput;

  @Field(() => EligibilityInput, { nullable: true })
  eligibility?: EligibilityInput | null;

  @Field(() => HowToApplyInput)
  howToApply!: HowToApplyInput;

  @Field(() => [DeliveryModeEnum])
  deliveryModes!: DeliveryMode[];

  @Field(() => [String], { nullable: true, description: "ISO 639 codes or 'pjm'; Polish when empty" })
  languages?: string[] | null;

  @Field(() => [AccessibilityFeatureEnum], { nullable: true })
  accessibilityFeatures?: AccessibilityFeature[] | null;

  @Field(() => String, { nullable: true })
  waitingTimeText?: string | null;

  @Field(() => String, { nullable: true })
  legalBasis?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validTo?: string | null;

  @Field(() => [String], { nullable: true, description: "TERYT codes of the areas served" })
  areaCodes?: string[] | null;

  @Field(() => [ServiceLocationInput], { nullable: true })
  locations?: ServiceLocationInput[] | null;

  @Field(() => LocalDateScalar, { nullable: true })
  lastVerifiedAt?: string | null;

  @Field(() => String, { nullable: true, description: "How the data was verified; required with the date" })
  lastVerifiedSource?: string | null;
}
