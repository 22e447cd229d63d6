import type { EventAudience, EventKind, EventTopic, ServiceArea } from "@obserwatorium/schema";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { DateTimeScalar } from "../../common/date-time.scalar";
import { PageArgs } from "../../common/page.args";
import type { PublicationState } from "../../organization/organization.entity";
import { PublicationStateEnum } from "../../organization/organization.enums";
import { ServiceAreaEnum } from "../../service/service.enums";
import { EventAudienceEnum, EventKindEnum, EventTopicEnum } from "../event.enums";

@InputType("EventFilter", { description: "Which events to list; the conditions all apply" })
export class EventFilterInput {
  @Field(() => [EventKindEnum], { nullable: true, description: "Of any of these kinds" })
  kinds?: EventKind[] | null;

  @Field(() => [EventTopicEnum], { nullable: true, description: "About any of these topics" })
  topics?: EventTopic[] | null;

  @Field(() => [ServiceAreaEnum], { nullable: true, description: "In any of these service areas" })
  serviceAreas?: ServiceArea[] | null;

  @Field(() => [EventAudienceEnum], { nullable: true, description: "For any of these groups" })
  audiences?: EventAudience[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "TERYT code of 2, 4 or 7 digits: the venue's gmina lies in it or contains it (online-only events never match)",
  })
  areaCode?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Still going on at or after this instant (ends after it)",
  })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Starting at or before this instant" })
  to?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: registration is open now (places or the waiting list); false: it is not",
  })
  openForRegistration?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Global ID of the organizing organization" })
  organizerId?: string | null;

  @Field(() => [PublicationStateEnum], {
    nullable: true,
    description: "Editors only (ARCHIVED too); anonymous callers always get PUBLISHED events",
  })
  publicationStates?: PublicationState[] | null;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventFilterInput, {
    nullable: true,
    description: "Which events; all the caller may see when empty",
  })
  filter?: EventFilterInput | null;
}
