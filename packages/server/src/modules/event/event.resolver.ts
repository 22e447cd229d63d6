import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { InvalidInputError } from "../common/errors";
import { toGlobalId } from "../common/global-id";
import { DocumentType } from "../document/document.type";
import { GoodPracticeType } from "../good-practice/good-practice.type";
import { renderSafeMarkdown } from "../good-practice/safe-markdown";
import { OrganizationType } from "../organization/organization.type";
import { EventsArgs } from "./dto/event-filter.input";
import type { EventRecord } from "./event.entity";
import { AttendanceModeEnum, type AttendanceMode } from "./event.enums";
import { EventConnection, EventType, EventVenueType, RegistrationConsentType } from "./event.type";
import { formatWarsawIso, warsawDate } from "../common/warsaw-time";

@Resolver(() => EventType)
export class EventResolver {
  @Query(() => EventConnection, { description: "Events of the calendar, soonest first" })
  events(@Args(() => EventsArgs) args: EventsArgs, @Ctx() { events }: RequestContext) {
    return events.list(args);
  }

  @Query(() => EventType, { nullable: true, description: "One event by its global ID or slug" })
  event(
    @Ctx() { events }: RequestContext,
    @Arg("id", () => ID, { nullable: true, description: "Global ID of the event; or give slug" })
    id?: string | null,
    @Arg("slug", () => String, { nullable: true, description: "The event's slug; or give id" })
    slug?: string | null,
  ) {
    if ((id ? 1 : 0) + (slug ? 1 : 0) !== 1)
      throw new InvalidInputError("id", "give exactly one of id and slug");
    return id ? events.findById(id) : events.findBySlug(slug!);
  }

  @Query(() => RegistrationConsentType, {
    description: "The consent wording a registration form must show, with its version",
  })
  registrationConsent(@Ctx() { registrationConsent }: RequestContext): RegistrationConsentType {
    return registrationConsent;
  }

  @FieldResolver(() => ID, { description: "Global ID, stable and opaque; works with node(id)" })
  id(@Root() event: EventRecord) {
    return toGlobalId("Event", event.id);
  }

  @Authorized()
  @FieldResolver(() => String, {
    description: "The Markdown source for editing; staff only. Pages show descriptionHtml",
  })
  descriptionMarkdown(@Root() event: EventRecord) {
    return event.descriptionMarkdown;
  }

  @FieldResolver(() => String, {
    description:
      "The description as safe HTML: no raw HTML, headings from h2, links http/https/mailto with rel",
  })
  descriptionHtml(@Root() event: EventRecord) {
    return renderSafeMarkdown(event.descriptionMarkdown);
  }

  @FieldResolver(() => String, {
    description: "Start in Europe/Warsaw, ISO 8601 with offset (2026-12-03T10:00:00+01:00)",
  })
  startsAtLocal(@Root() event: EventRecord) {
    return formatWarsawIso(event.startsAt);
  }

  @FieldResolver(() => String, { description: "End in Europe/Warsaw, ISO 8601 with offset" })
  endsAtLocal(@Root() event: EventRecord) {
    return formatWarsawIso(event.endsAt);
  }

  @FieldResolver(() => Boolean, { description: "Starts and ends on different days (Warsaw time)" })
  isMultiDay(@Root() event: EventRecord) {
    return warsawDate(event.startsAt) !== warsawDate(new Date(event.endsAt.getTime() - 1));
  }

  @FieldResolver(() => EventVenueType, {
    nullable: true,
    description: "The place; null for online-only events",
  })
  venue(@Root() event: EventRecord): EventVenueType | null {
    if (!event.gminaCode || !event.city) return null;
    return {
      name: event.venueName ?? null,
      streetAddress: event.streetAddress ?? null,
      postalCode: event.postalCode ?? null,
      city: event.city,
      gminaCode: event.gminaCode,
      latitude: event.latitude ?? null,
      longitude: event.longitude ?? null,
    };
  }

  @FieldResolver(() => AttendanceModeEnum, { description: "At the venue, online, or both" })
  attendanceMode(@Root() event: EventRecord): AttendanceMode {
    if (event.gminaCode && event.onlineUrl) return "HYBRID";
    return event.onlineUrl ? "ONLINE" : "ON_SITE";
  }

  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description: "The organizer from the registry, when visible",
  })
  organizer(@Root() event: EventRecord, @Ctx() { events }: RequestContext) {
    return events.organizerOf(event);
  }

  @FieldResolver(() => String, { description: "The organizer's name: from the registry, or as entered" })
  organizerName(@Root() event: EventRecord, @Ctx() { events }: RequestContext) {
    return events.organizerName(event);
  }

  @FieldResolver(() => [DocumentType], { description: "Related documents visible to you, in order" })
  documents(@Root() event: EventRecord, @Ctx() { events }: RequestContext) {
    return events.documentsOf(event);
  }

  @FieldResolver(() => [GoodPracticeType], {
    description: "Good practices presented, visible to you, in order",
  })
  goodPractices(@Root() event: EventRecord, @Ctx() { events }: RequestContext) {
    return events.goodPracticesOf(event);
  }

  @FieldResolver(() => String, {
    description:
      "Path of the event's iCalendar file on the API (text/calendar), e.g. /calendar/events/slug.ics",
  })
  calendarPath(@Root() event: EventRecord) {
    return `/calendar/events/${event.slug}.ics`;
  }
}
