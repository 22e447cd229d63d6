import type { AccessibilityNeed, EventAudience } from "@obserwatorium/schema";
import { Field, ID, InputType } from "type-graphql";
import { AccessibilityNeedEnum, EventAudienceEnum } from "../event.enums";

@InputType("RegisterInput", { description: "A registration for an event; open to anyone" })
export class RegisterInput {
  @Field(() => ID, { description: "Global ID of the event" })
  eventId!: string;

  @Field(() => String, { description: "First name and surname" })
  name!: string;

  @Field(() => String, {
    description: "For the organizer's messages; one registration per address and event",
  })
  email!: string;

  @Field(() => String, { description: "The institution the participant works for (e.g. 'MOPS w Łapach')" })
  institution!: string;

  @Field(() => EventAudienceEnum, { description: "The participant's role" })
  role!: EventAudience;

  @Field(() => String, {
    nullable: true,
    description: "TERYT code of the institution's gmina (7 digits), for reporting",
  })
  gminaCode?: string | null;

  @Field(() => [AccessibilityNeedEnum], {
    nullable: true,
    description: "Common accessibility needs to prepare for",
  })
  accessibilityNeeds?: AccessibilityNeed[] | null;

  @Field(() => String, { nullable: true, description: "Other needs in words, at most 1000 characters" })
  accessibilityNote?: string | null;

  @Field(() => Boolean, { description: "Consent to the processing of personal data; must be true" })
  consent!: boolean;

  @Field(() => String, {
    description: "The version of the consent wording shown (registrationConsent.version)",
  })
  consentVersion!: string;
}
