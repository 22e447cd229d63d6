import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../app/context";
import { DateTimeScalar } from "../common/date-time.scalar";
import { toGlobalId } from "../common/global-id";
import { canSeeUnpublished } from "../common/viewer";
import { TerritorialUnitType } from "../territory/territorial-unit.type";
import { RegisterInput } from "./dto/register.input";
import { RegistrationsArgs } from "./dto/registrations.args";
import { CancelRegistrationPayload, RegistrationPayload } from "./event-payload.type";
import type { EventRegistration } from "./event-registration.entity";
import {
  EventRegistrationConnection,
  EventRegistrationStatsType,
  EventRegistrationType,
} from "./event-registration.type";
import { EventType } from "./event.type";

@Resolver(() => EventRegistrationType)
export class EventRegistrationResolver {
  @Mutation(() => RegistrationPayload, {
    description:
      "Registers for a published event while registration is open; beyond the places, onto the waiting list. Open to anyone, rate-limited",
  })
  register(
    @Arg("input", () => RegisterInput, { description: "Who registers, with their consent" })
    input: RegisterInput,
    @Ctx() { eventRegistrations, auth }: RequestContext,
  ) {
    return eventRegistrations.register(input, auth.clientIp);
  }

  @Mutation(() => CancelRegistrationPayload, {
    description: "Cancels a registration with its private token (from register); the waiting list moves up",
  })
  cancelRegistration(
    @Arg("token", () => String, { description: "The cancellationToken returned by register" }) token: string,
    @Ctx() { eventRegistrations }: RequestContext,
  ) {
    return eventRegistrations.cancelByToken(token);
  }

  @Authorized()
  @Mutation(() => CancelRegistrationPayload, {
    description: "Cancels a registration on the participant's behalf; the waiting list moves up",
  })
  cancelRegistrationByEditor(
    @Arg("id", () => ID, { description: "Global ID of the registration" }) id: string,
    @Ctx() { eventRegistrations, auth }: RequestContext,
  ) {
    return eventRegistrations.cancelByEditor(id, auth.user!);
  }

  @Authorized()
  @Query(() => EventRegistrationConnection, {
    description: "An event's registrations: confirmed, then the waiting list, then cancelled (staff)",
  })
  registrations(
    @Args(() => RegistrationsArgs) args: RegistrationsArgs,
    @Ctx() { eventRegistrationQueries }: RequestContext,
  ) {
    return eventRegistrationQueries.list(args);
  }

  @Authorized()
  @Query(() => EventRegistrationStatsType, {
    description:
      "Confirmed registrations per institution, gmina and role, for one event or the events starting between from and to (staff)",
  })
  eventRegistrationStats(
    @Ctx() { eventRegistrationQueries }: RequestContext,
    @Arg("eventId", () => ID, { nullable: true, description: "One event; or give from/to for a period" })
    eventId?: string | null,
    @Arg("from", () => DateTimeScalar, {
      nullable: true,
      description: "Events starting at or after this moment",
    })
    from?: Date | null,
    @Arg("to", () => DateTimeScalar, { nullable: true, description: "Events starting before this moment" })
    to?: Date | null,
  ) {
    return eventRegistrationQueries.stats({ eventId, from, to });
  }

  @FieldResolver(() => ID, { description: "Global ID, stable and opaque" })
  id(@Root() registration: EventRegistration) {
    return toGlobalId("EventRegistration", registration.id);
  }

  @FieldResolver(() => EventType, { nullable: true, description: "The event, when visible to you" })
  event(@Root() registration: EventRegistration, @Ctx() { loaders, auth }: RequestContext) {
    return loaders.event.eventById
      .load(registration.eventId)
      .then((event) =>
        event && (event.publicationState === "PUBLISHED" || canSeeUnpublished(auth.viewer)) ? event : null,
      );
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "1-based place on the waiting list, in the order of registration; null when not waiting",
  })
  waitingListPosition(@Root() registration: EventRegistration, @Ctx() { loaders }: RequestContext) {
    return registration.status === "WAITING_LIST"
      ? loaders.event.waitingListPositionByRegistration.load(registration.id)
      : null;
  }

  @Authorized()
  @FieldResolver(() => TerritorialUnitType, {
    nullable: true,
    description: "Staff only: the institution's gmina",
  })
  gmina(@Root() registration: EventRegistration, @Ctx() { territory }: RequestContext) {
    return registration.gminaCode ? territory.findByCode(registration.gminaCode) : null;
  }
}
