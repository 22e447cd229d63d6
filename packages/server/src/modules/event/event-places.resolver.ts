import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { TerritorialUnitType } from "../territory/territorial-unit.type";
import type { EventRecord } from "./event.entity";
import { RegistrationStateEnum } from "./event.enums";
import { EventType, EventVenueType } from "./event.type";

/** The public numbers of an event's registrations: counts, places left, whether one can register. */
@Resolver(() => EventType)
export class EventPlacesResolver {
  @FieldResolver(() => Int, { description: "Registrations standing: confirmed and on the waiting list" })
  async registrationCount(@Root() event: EventRecord, @Ctx() { events }: RequestContext) {
    const counts = await events.counts(event);
    return counts.confirmed + counts.waitingList;
  }

  @FieldResolver(() => Int, { description: "Confirmed registrations" })
  async confirmedCount(@Root() event: EventRecord, @Ctx() { events }: RequestContext) {
    return (await events.counts(event)).confirmed;
  }

  @FieldResolver(() => Int, { description: "Registrations on the waiting list" })
  async waitingListCount(@Root() event: EventRecord, @Ctx() { events }: RequestContext) {
    return (await events.counts(event)).waitingList;
  }

  @FieldResolver(() => Int, { nullable: true, description: "Places left; null when there is no limit" })
  placesLeft(@Root() event: EventRecord, @Ctx() { events }: RequestContext) {
    return events.placesLeft(event);
  }

  @FieldResolver(() => RegistrationStateEnum, { description: "Whether one can register now" })
  registrationState(@Root() event: EventRecord, @Ctx() { events }: RequestContext) {
    return events.registrationState(event);
  }
}

@Resolver(() => EventVenueType)
export class EventVenueResolver {
  @FieldResolver(() => TerritorialUnitType, { nullable: true, description: "The gmina of the venue" })
  gmina(@Root() venue: EventVenueType, @Ctx() { territory }: RequestContext) {
    return territory.findByCode(venue.gminaCode);
  }
}
