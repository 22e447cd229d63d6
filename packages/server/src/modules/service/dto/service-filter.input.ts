import type {
  AccessibilityFeature,
  DeliveryMode,
  ServiceArea,
  ServiceType,
  TargetGroup,
} from "@obserwatorium/schema";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import {
  AccessibilityFeatureEnum,
  DeliveryModeEnum,
  ServiceAreaEnum,
  ServiceTypeEnum,
  TargetGroupEnum,
} from "../service.enums";
import type { PublicationState } from "../../organization/organization.entity";
import { PublicationStateEnum } from "../../organization/organization.enums";

@InputType("OpeningTimeInput", { description: "A moment of the week, for services open at that time" })
export class OpeningTimeInput {
  @Field(() => Int, { description: "ISO weekday, 1 = Monday … 7 = Sunday" })
  weekday!: number;

  @Field(() => String, { description: "HH:MM, Polish time" })
  time!: string;
}

@InputType("NearInput", { description: "A point and a radius around it" })
export class NearInput {
  @Field(() => Float, { description: "WGS84 latitude" })
  latitude!: number;

  @Field(() => Float, { description: "WGS84 longitude" })
  longitude!: number;

  @Field(() => Float, { description: "Kilometres, more than 0 and at most 300" })
  radiusKm!: number;
}

@InputType("ServiceFilter", { description: "Narrows services; every given condition must hold" })
export class ServiceFilterInput {
  @Field(() => String, {
    nullable: true,
    description: "Words of the title, type, place or provider, at most 200 characters; results by relevance",
  })
  text?: string | null;

  @Field(() => [ServiceTypeEnum], { nullable: true, description: "Any of these service types" })
  serviceTypes?: ServiceType[] | null;

  @Field(() => [ServiceAreaEnum], { nullable: true, description: "Statutory areas, with all their types" })
  serviceAreas?: ServiceArea[] | null;

  @Field(() => [TargetGroupEnum], { nullable: true, description: "For any of these groups" })
  targetGroups?: TargetGroup[] | null;

  @Field(() => String, {
    nullable: true,
    description: "TERYT code: a location lies in this unit, or an area served contains it or lies in it",
  })
  areaCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only services free of charge" })
  freeOnly?: boolean | null;

  @Field(() => [DeliveryModeEnum], { nullable: true, description: "Delivered in any of these ways" })
  deliveryModes?: DeliveryMode[] | null;

  @Field(() => [AccessibilityFeatureEnum], { nullable: true, description: "Has all of these features" })
  accessibilityFeatures?: AccessibilityFeature[] | null;

  @Field(() => [String], { nullable: true, description: "Available in any of these ISO 639 codes or 'pjm'" })
  languages?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Global ID of the providing organization" })
  providerId?: string | null;

  @Field(() => OpeningTimeInput, { nullable: true, description: "A location is open at this weekly time" })
  openOn?: OpeningTimeInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "A location is open now, Polish time; a date's exception replaces the weekly hours",
  })
  openNow?: boolean | null;

  @Field(() => NearInput, {
    nullable: true,
    description: "A location of the service lies within radiusKm of the point",
  })
  near?: NearInput | null;

  @Field(() => [PublicationStateEnum], {
    nullable: true,
    description: "Editors only (ARCHIVED too); anonymous callers always get PUBLISHED records",
  })
  publicationStates?: PublicationState[] | null;
}
