import type { AccessibilityNeed, EventAudience, RegistrationStatus } from "@obserwatorium/schema";
import { Authorized, Field, Int, ObjectType } from "type-graphql";
import { connectionType } from "../common/connection.type";
import { DateTimeScalar } from "../common/date-time.scalar";
import { AccessibilityNeedEnum, EventAudienceEnum, RegistrationStatusEnum } from "./event.enums";

/**
 * A registration. Its status and place on the waiting list are the registrant's to see; who
 * registered is personal data and readable by staff only.
 */
@ObjectType("EventRegistration", { description: "Someone's registration for an event" })
export class EventRegistrationType {
  @Field(() => RegistrationStatusEnum, { description: "Confirmed, on the waiting list or cancelled" })
  status!: RegistrationStatus;

  @Field(() => DateTimeScalar, { description: "When the registration was made" })
  registeredAt!: Date;

  @Authorized()
  @Field(() => String, { description: "Staff only; empty once anonymized" })
  name!: string;

  @Authorized()
  @Field(() => String, { description: "Staff only; empty once anonymized" })
  email!: string;

  @Authorized()
  @Field(() => String, { description: "Staff only; kept after anonymization, for reporting" })
  institution!: string;

  @Authorized()
  @Field(() => EventAudienceEnum, { description: "Staff only" })
  role!: EventAudience;

  @Authorized()
  @Field(() => String, { nullable: true, description: "Staff only: TERYT code of the institution's gmina" })
  gminaCode!: string | null;

  @Authorized()
  @Field(() => [AccessibilityNeedEnum], { description: "Staff only; empty once anonymized" })
  accessibilityNeeds!: AccessibilityNeed[];

  @Authorized()
  @Field(() => String, { description: "Staff only; empty once anonymized" })
  accessibilityNote!: string;

  @Authorized()
  @Field(() => String, { description: "Staff only: the version of the consent wording accepted" })
  consentVersion!: string;

  @Authorized()
  @Field(() => String, { description: "Staff only: the exact consent text shown and accepted" })
  consentText!: string;

  @Authorized()
  @Field(() => DateTimeScalar, { description: "Staff only: when consent was given" })
  consentedAt!: Date;

  @Authorized()
  @Field(() => DateTimeScalar, { nullable: true, description: "Staff only: moved up from the waiting list" })
  promotedAt!: Date | null;

  @Authorized()
  @Field(() => DateTimeScalar, { nullable: true, description: "Staff only" })
  cancelledAt!: Date | null;

  @Authorized()
  @Field(() => DateTimeScalar, { nullable: true, description: "Staff only: when personal data was blanked" })
  anonymizedAt!: Date | null;
}

export const EventRegistrationConnection = connectionType("EventRegistration", EventRegistrationType);

@ObjectType("InstitutionRegistrationCount", { description: "Confirmed registrations from one institution" })
export class InstitutionRegistrationCountType {
  @Field(() => String, { description: "The institution as the participants wrote it" })
  institution!: string;

  @Field(() => Int, { description: "Confirmed registrations" })
  count!: number;
}

@ObjectType("GminaRegistrationCount", {
  description: "Confirmed registrations from institutions of one gmina",
})
export class GminaRegistrationCountType {
  @Field(() => String, { description: "TERYT code of the gmina" })
  gminaCode!: string;

  @Field(() => String, { description: "The gmina's name" })
  gminaName!: string;

  @Field(() => Int, { description: "Confirmed registrations" })
  count!: number;
}

@ObjectType("RoleRegistrationCount", { description: "Confirmed registrations of one professional role" })
export class RoleRegistrationCountType {
  @Field(() => EventAudienceEnum, { description: "The participants' role" })
  role!: EventAudience;

  @Field(() => Int, { description: "Confirmed registrations" })
  count!: number;
}

@ObjectType("EventRegistrationStats", {
  description: "Confirmed registrations counted per institution, gmina and role: who was trained",
})
export class EventRegistrationStatsType {
  @Field(() => Int, { description: "Events counted" })
  eventCount!: number;

  @Field(() => Int, { description: "Confirmed registrations in them" })
  confirmedCount!: number;

  @Field(() => [InstitutionRegistrationCountType], {
    description: "Most first; names compared ignoring case",
  })
  byInstitution!: InstitutionRegistrationCountType[];

  @Field(() => [GminaRegistrationCountType], { description: "Most first" })
  byGmina!: GminaRegistrationCountType[];

  @Field(() => Int, { description: "Confirmed registrations that named no gmina" })
  withoutGminaCount!: number;

  @Field(() => [RoleRegistrationCountType], { description: "Most first" })
  byRole!: RoleRegistrationCountType[];
}
