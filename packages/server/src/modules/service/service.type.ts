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
  @Field(() => CostKindEnum)
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

  @Field(() => Int, { nullable: true })
  minAge!: number | null;

  @Field(() => Int, { nullable: true })
  maxAge!: number | null;

  @Field(() => Boolean, { description: "A disability certificate (orzeczenie) is needed" })
  disabilityCertificateRequired!: boolean;

  @Field(() => Boolean, { description: "Granted only below an income threshold" })
  incomeCriterion!: boolean;

  @Field(() => Boolean, { description: "Only for residents of the area served" })
  residenceRequired!: boolean;
}

@ObjectType("HowToApply")
export class HowToApplyType {
  @Field(() => String, { description: "Steps, in plain language" })
  text!: string;

  @Field(() => [String])
  requiredDocuments!: string[];
}

@ObjectType("Service", {
  description: "A social service a resident can get (Koszyk usług)",
  implements: NodeInterface,
})
export class ServiceObjectType extends NodeInterface {
  @Field(() => String, { description: "Stable, human-readable part of the service's URL" })
  slug!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: "Plain-language description" })
  description!: string;

  @Field(() => ServiceTypeEnum)
  serviceType!: ServiceType;

  @Field(() => [TargetGroupEnum])
  targetGroups!: TargetGroup[];

  @Field(() => [DeliveryModeEnum])
  deliveryModes!: DeliveryMode[];

  @Field(() => [String], { description: "ISO 639 codes; 'pjm' is Polish Sign Language" })
  languages!: string[];

  @Field(() => [AccessibilityFeatureEnum])
  accessibilityFeatures!: AccessibilityFeature[];

  @Field(() => String, { description: "Capacity and waiting time, in plain language" })
  waitingTimeText!: string;

  @Field(() => String)
  legalBasis!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  validFrom!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validTo!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "When the data was last confirmed" })
  lastVerifiedAt!: string | null;

  @Field(() => String, { nullable: true, description: "How the data was last confirmed" })
  lastVerifiedSource!: string | null;

  @Field(() => PublicationStateEnum)
  publicationState!: PublicationState;

  @Field(() => Boolean, { description: "Generated demonstration record, not real data" })
  isDemo!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

export const ServiceConnection = connectionType("Service", ServiceObjectType);
