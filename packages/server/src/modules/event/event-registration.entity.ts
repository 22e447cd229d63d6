import { defineEntity, p, type InferEntity } from "@mikro-orm/core";
import { EVENT_AUDIENCES, REGISTRATION_STATUSES } from "@obserwatorium/schema";

/**
 * Someone's registration for an event. Name, e-mail and accessibility needs are personal data,
 * readable by staff only and blanked `EVENT_PERSONAL_DATA_RETENTION_DAYS` after the event. The order
 * of registration (the `sequence` column) is read in SQL only.
 */
export const EventRegistrationEntity = defineEntity({
  name: "EventRegistration",
  tableName: "event_registration",
  properties: {
    id: p.uuid().primary(),
    eventId: p.uuid(),
    name: p.text(),
    email: p.text(),
    institution: p.text(),
    role: p.enum([...EVENT_AUDIENCES]),
    gminaCode: p.string().length(7).nullable(),
    accessibilityNeeds: p.array().default([]),
    accessibilityNote: p.text().default(""),
    consentVersion: p.text(),
    consentText: p.text(),
    consentedAt: p.datetime(),
    status: p.enum([...REGISTRATION_STATUSES]),
    registeredAt: p.datetime(),
    promotedAt: p.datetime().nullable(),
    cancelledAt: p.datetime().nullable(),
    cancelledByUserId: p.uuid().nullable(),
    cancellationTokenHash: p.string().length(64).nullable().hidden(),
    anonymizedAt: p.datetime().nullable(),
  },
});

export type EventRegistration = InferEntity<typeof EventRegistrationEntity>;
