import { defineEntity, p, type InferEntity } from "@mikro-orm/core";
import { EVENT_KINDS } from "@obserwatorium/schema";
import { PUBLICATION_STATES } from "../organization/organization.entity";

/**
 * A training, seminar, conference, fair or study visit of the calendar; instants are stored as
 * timestamptz and shown in Europe/Warsaw.
 */
export const EventEntity = defineEntity({
  name: "Event",
  tableName: "event",
  properties: {
    id: p.uuid().primary(),
    slug: p.text().unique(),
    kind: p.enum([...EVENT_KINDS]),
    title: p.text(),
    summary: p.text(),
    descriptionMarkdown: p.text().default(""),
    audiences: p.array().default([]),
    targetGroups: p.array().default([]),
    topics: p.array().default([]),
    serviceAreas: p.array().default([]),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    venueName: p.text().nullable(),
    streetAddress: p.text().nullable(),
    postalCode: p.text().nullable(),
    city: p.text().nullable(),
    gminaCode: p.string().length(7).nullable(),
    latitude: p.float().nullable(),
    longitude: p.float().nullable(),
    onlineUrl: p.text().nullable(),
    capacity: p.integer().nullable(),
    registrationOpensAt: p.datetime().nullable(),
    registrationClosesAt: p.datetime().nullable(),
    organizerOrganizationId: p.uuid().nullable(),
    organizerName: p.text().nullable(),
    publicationState: p.enum([...PUBLICATION_STATES]).default("DRAFT"),
    isDemo: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export type EventRecord = InferEntity<typeof EventEntity>;

/** A document of the knowledge base shown with an event (programme, presentation, the plan discussed). */
export const EventDocumentEntity = defineEntity({
  name: "EventDocument",
  tableName: "event_document",
  properties: {
    eventId: p.uuid().primary(),
    documentId: p.uuid().primary(),
    position: p.integer().default(0),
  },
});

/** A good practice presented at an event. */
export const EventGoodPracticeEntity = defineEntity({
  name: "EventGoodPractice",
  tableName: "event_good_practice",
  properties: {
    eventId: p.uuid().primary(),
    goodPracticeId: p.uuid().primary(),
    position: p.integer().default(0),
  },
});

export type EventDocument = InferEntity<typeof EventDocumentEntity>;
export type EventGoodPractice = InferEntity<typeof EventGoodPracticeEntity>;
