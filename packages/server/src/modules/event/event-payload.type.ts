import { Field, ObjectType } from "type-graphql";
import { UserErrorType, type UserError } from "../common/user-error.type";
import type { EventRegistration } from "./event-registration.entity";
import { EventRegistrationType } from "./event-registration.type";
import type { EventRecord } from "./event.entity";
import { EventType } from "./event.type";

@ObjectType("EventPayload", { description: "An event after a change, or the reasons it was refused" })
export class EventPayload {
  @Field(() => EventType, { nullable: true, description: "Null when userErrors is not empty" })
  event!: EventRecord | null;

  @Field(() => [UserErrorType], { description: "Why nothing was written; empty on success" })
  userErrors!: UserError[];
}

export const eventPayload = (event: EventRecord | null, userErrors: UserError[] = []) => ({
  event: userErrors.length ? null : event,
  userErrors,
});

@ObjectType("RegistrationPayload", {
  description: "A new registration with its private cancellation token, or the reasons it was refused",
})
export class RegistrationPayload {
  @Field(() => EventRegistrationType, { nullable: true, description: "Null when userErrors is not empty" })
  registration!: EventRegistration | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The private credential for cancelling (cancelRegistration); returned only here, only once, never stored in clear",
  })
  cancellationToken!: string | null;

  @Field(() => [UserErrorType], { description: "Why nothing was written; empty on success" })
  userErrors!: UserError[];
}

@ObjectType("CancelRegistrationPayload", {
  description: "The cancelled registration, or the reasons it could not be cancelled",
})
export class CancelRegistrationPayload {
  @Field(() => EventRegistrationType, { nullable: true, description: "Null when userErrors is not empty" })
  registration!: EventRegistration | null;

  @Field(() => [UserErrorType], { description: "Why nothing was written; empty on success" })
  userErrors!: UserError[];
}

export const registrationPayload = (
  registration: EventRegistration | null,
  userErrors: UserError[] = [],
  cancellationToken: string | null = null,
) => ({
  registration: userErrors.length ? null : registration,
  cancellationToken: userErrors.length ? null : cancellationToken,
  userErrors,
});
