import type { EventAudience, EventKind, EventTopic, ServiceArea, TargetGroup } from "@obserwatorium/schema";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { ServiceAreaEnum, TargetGroupEnum } from "../../service/service.enums";
import { EventAudienceEnum, EventKindEnum, EventTopicEnum } from "../event.enums";

@InputType("EventVenueInput", { description: "Where the event takes place" })
export class EventVenueInput {
  @Field(() => String, { nullable: true, description: "E.g. 'Sala konferencyjna ROPS'" })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Street and number" })
  streetAddress?: string | null;

  @Field(() => String, { nullable: true, description: "NN-NNN" })
  postalCode?: string | null;

  @Field(() => String, { description: "Town or village" })
  city!: string;

  @Field(() => String, { description: "TERYT code of the gmina (7 digits)" })
  gminaCode!: string;

  @Field(() => Float, { nullable: true, description: "WGS 84; give both or neither" })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: "WGS 84; give both or neither" })
  longitude?: number | null;
}

@InputType("EventInput", { description: "All editable fields of an event" })
export class EventInput {
  @Field(() => EventKindEnum, { description: "What kind of event it is" })
  kind!: EventKind;

  @Field(() => String, { description: "The event's name, at most 300 characters" })
  title!: string;

  @Field(() => String, { nullable: true, description: "Generated from the title when empty" })
  slug?: string | null;

  @Field(() => String, { description: "One or two sentences in plain text, for lists and calendars" })
  summary!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Programme and details in Markdown; raw HTML is shown as text, links only http, https, mailto",
  })
  descriptionMarkdown?: string | null;

  @Field(() => [EventAudienceEnum], { nullable: true, description: "Professional groups it is for" })
  audiences?: EventAudience[] | null;

  @Field(() => [TargetGroupEnum], {
    nullable: true,
    description: "Residents' groups whose support it is about",
  })
  targetGroups?: TargetGroup[] | null;

  @Field(() => [EventTopicEnum], { nullable: true, description: "Topics, e.g. LPDI, CUS, superwizja" })
  topics?: EventTopic[] | null;

  @Field(() => [ServiceAreaEnum], { nullable: true, description: "Statutory service areas it concerns" })
  serviceAreas?: ServiceArea[] | null;

  @Field(() => String, {
    description: "ISO 8601 with an offset, or Warsaw wall-clock time without one (2026-12-03T10:00)",
  })
  startsAt!: string;

  @Field(() => String, { description: "As startsAt; after it, at most 31 days later" })
  endsAt!: string;

  @Field(() => EventVenueInput, { nullable: true, description: "The place; a venue or onlineUrl or both" })
  venue?: EventVenueInput | null;

  @Field(() => String, { nullable: true, description: "Where to join online (http or https)" })
  onlineUrl?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Places; beyond them registrations go to the waiting list. Empty: no limit",
  })
  capacity?: number | null;

  @Field(() => String, { nullable: true, description: "Registration opens (as startsAt); empty: at once" })
  registrationOpensAt?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Registration closes (as startsAt), not after the end; empty: when the event starts",
  })
  registrationClosesAt?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Global ID of the organizing organization of the registry",
  })
  organizerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The organizer's name when it is not in the registry (e.g. ROPS); needed without organizerId",
  })
  organizerName?: string | null;

  @Field(() => [ID], { nullable: true, description: "Global IDs of related documents, in order" })
  documentIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Global IDs of good practices presented, in order" })
  goodPracticeIds?: string[] | null;
}
