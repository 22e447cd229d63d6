import type {
  AccessibilityFeature,
  CostKind,
  DeliveryMode,
  ServiceType,
  TargetGroup,
} from "@obserwatorium/schema";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { connectionType } from "../common/connection.type";
import { DateTimeScalar } from "../common/date-time.scalar";
import { LocalDateScalar } from "../common/local-date.scalar";
import { NodeInterface } from "../common/node.interface";
import type { PublicationState } from "../organization/organization.entity";
import { PublicationStateEnum } from "../organization/organization.enums";
import {
  AccessibilityFeatureEnum,
  CostKindEnum,
  DeliveryModeEnum,
  ServiceTypeEnum,
  TargetGroupEnum,
} from "./service.enums";

@ObjectType("CostOption", { description: "What a resident pays (HSDS cost_option)" })
export class CostOptionType {
  @Field(() => CostKindEnum, { description: "Free, paid, partly paid or dependent on income" })
  kind!: CostKind;

  @Field(() => Float, { nullable: true, description: "Price in PLN, when there is one" })
  amount!: number | null;

  @Field(() => String, { nullable: true, description: "What the price is for, e.g. 'za godzinę'" })
  unit!: string | null;

  @Field(() => String, { description: "How the payment is decided, in plain language" })
  explanation!: string;
}

@ObjectType("Eligibility", { description: "Who may use the service" })
export class EligibilityType {
  @Field(() => String, { description: "The rules in plain language" })
  text!: string;

  @Field(() => Int, { nullable: true, description: "Youngest age served; null when there is no limit" })
  minAge!: number | null;

  @Field(() => Int, { nullable: true, description: "Oldest age served; null when there is no limit" })
  maxAge!: number | null;

  @Field(() => Boolean, { description: "A disability certificate (orzeczenie) is needed" })
  disabilityCertificateRequired!: boolean;

  @Field(() => Boolean, { description: "Granted only below an income threshold" })
  incomeCriterion!: boolean;

  @Field(() => Boolean, { description: "Only for residents of the area served" })
  residenceRequired!: boolean;
}

@ObjectType("HowToApply", { description: "How a resident applies for a service" })
export class HowToApplyType {
  @Field(() => String, { description: "Steps, in plain language" })
  text!: string;

  @Field(() => [String], { description: "Documents to bring or attach" })
  requiredDocuments!: string[];
}

@ObjectType("Service", {
  description: "A social service a resident can get (Koszyk usług)",
  implements: NodeInterface,
})
export class ServiceObjectType extends NodeInterface {
  @Field(() => String, { description: "Stable, human-readable part of the service's URL" })
  slug!: string;

  @Field(() => String, { description: "Its name as residents see it" })
  title!: string;

  @Field(() => String, { description: "Plain-language description" })
  description!: string;

  @Field(() => ServiceTypeEnum, {
    description: "Its type in the catalogue of social services (Koszyk usług)",
  })
  serviceType!: ServiceType;

  @Field(() => [TargetGroupEnum], { description: "Whom it is for" })
  targetGroups!: TargetGroup[];

  @Field(() => [DeliveryModeEnum], { description: "How it is delivered (on site, at home, online…)" })
  deliveryModes!: DeliveryMode[];

  @Field(() => [String], { description: "ISO 639 codes; 'pjm' is Polish Sign Language" })
  languages!: string[];

  @Field(() => [AccessibilityFeatureEnum], {
    description: "How the service is accessible to people with disabilities",
  })
  accessibilityFeatures!: AccessibilityFeature[];

  @Field(() => String, { description: "Capacity and waiting time, in plain language" })
  waitingTimeText!: string;

  @Field(() => String, { description: "The statute it rests on, e.g. 'ustawa o pomocy społecznej, art. 50'" })
  legalBasis!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "First day it is offered; null when always" })
  validFrom!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Last day it is offered; null when open-ended",
  })
  validTo!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "When the data was last confirmed" })
  lastVerifiedAt!: string | null;

  @Field(() => String, { nullable: true, description: "How the data was last confirmed" })
  lastVerifiedSource!: string | null;

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

export const ServiceConnection = connectionType("Service", ServiceObjectType);
