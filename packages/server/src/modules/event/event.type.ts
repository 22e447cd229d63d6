import type { EventAudience, EventKind, EventTopic, ServiceArea, TargetGroup } from "@obserwatorium/schema";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { connectionType } from "../common/connection.type";
import { DateTimeScalar } from "../common/date-time.scalar";
import { NodeInterface } from "../common/node.interface";
import type { PublicationState } from "../organization/organization.entity";
import { PublicationStateEnum } from "../organization/organization.enums";
import { ServiceAreaEnum, TargetGroupEnum } from "../service/service.enums";
import { EventAudienceEnum, EventKindEnum, EventTopicEnum } from "./event.enums";

@ObjectType("EventVenue", { description: "Where an event takes place" })
export class EventVenueType {
  @Field(() => String, { nullable: true, description: "E.g. 'Sala konferencyjna ROPS'" })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "Street and number" })
  streetAddress!: string | null;

  @Field(() => String, { nullable: true, description: "Postal code NN-NNN" })
  postalCode!: string | null;

  @Field(() => String, { description: "Town or village" })
  city!: string;

  @Field(() => String, { description: "TERYT code of the gmina" })
  gminaCode!: string;

  @Field(() => Float, { nullable: true, description: "WGS 84" })
  latitude!: number | null;

  @Field(() => Float, { nullable: true, description: "WGS 84" })
  longitude!: number | null;
}

@ObjectType("Event", {
  description:
    "A training, seminar, conference, fair, study visit or meeting of the calendar, with registration",
  implements: NodeInterface,
})
export class EventType extends NodeInterface {
  @Field(() => String, { description: "Stable, human-readable part of the event's URL" })
  slug!: string;

  @Field(() => EventKindEnum, { description: "What kind of event it is" })
  kind!: EventKind;

  @Field(() => String, { description: "The event's name" })
  title!: string;

  @Field(() => String, { description: "One or two sentences in plain text, for lists and calendars" })
  summary!: string;

  @Field(() => [EventAudienceEnum], { description: "Professional groups it is for" })
  audiences!: EventAudience[];

  @Field(() => [TargetGroupEnum], { description: "Residents' groups whose support it is about" })
  targetGroups!: TargetGroup[];

  @Field(() => [EventTopicEnum], { description: "Topics, e.g. LPDI, CUS, superwizja" })
  topics!: EventTopic[];

  @Field(() => [ServiceAreaEnum], { description: "Statutory service areas it concerns" })
  serviceAreas!: ServiceArea[];

  @Field(() => DateTimeScalar, { description: "Start, in UTC; startsAtLocal gives it in Warsaw time" })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: "End, in UTC; endsAtLocal gives it in Warsaw time" })
  endsAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: "Where to join online, when it can be followed online",
  })
  onlineUrl!: string | null;

  @Field(() => Int, { nullable: true, description: "Places; null: no limit" })
  capacity!: number | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Registration opens; null: opened on publication",
  })
  registrationOpensAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Registration closes; null: when the event starts",
  })
  registrationClosesAt!: Date | null;

  @Field(() => PublicationStateEnum, {
    description: "Draft, published or archived; the public sees published only",
  })
  publicationState!: PublicationState;

  @Field(() => Boolean, { description: "Generated demonstration record, not real data" })
  isDemo!: boolean;

  @Field(() => DateTimeScalar, { description: "When the event was first saved" })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the event last changed" })
  updatedAt!: Date;
}

export const EventConnection = connectionType("Event", EventType);

@ObjectType("RegistrationConsent", { description: "The wording of the consent a registration form shows" })
export class RegistrationConsentType {
  @Field(() => String, { description: "Send it back as RegisterInput.consentVersion" })
  version!: string;

  @Field(() => String, { description: "Show exactly this text next to the consent checkbox" })
  text!: string;

  @Field(() => Int, { description: "Days after the event when participants' personal data is anonymized" })
  retentionDays!: number;
}
