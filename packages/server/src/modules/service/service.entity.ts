import { defineEntity, p, type InferEntity } from "@mikro-orm/core";
import { COST_KINDS, SERVICE_TYPES } from "@obserwatorium/schema";
import { PUBLICATION_STATES } from "../organization/organization.entity";

/** A social service a resident can get (HSDS `service`, with its cost option and eligibility inline). */
export const ServiceEntity = defineEntity({
  name: "Service",
  tableName: "service",
  properties: {
    id: p.uuid().primary(),
    slug: p.text().unique(),
    title: p.text(),
    description: p.text().default(""),
    serviceType: p.enum([...SERVICE_TYPES]),
    providerOrganizationId: p.uuid().nullable(),
    targetGroups: p.array().default([]),
    costKind: p.enum([...COST_KINDS]),
    costAmount: p.decimal().nullable(),
    costUnit: p.text().nullable(),
    costExplanation: p.text().default(""),
    eligibilityText: p.text().default(""),
    minAge: p.integer().nullable(),
    maxAge: p.integer().nullable(),
    disabilityCertificateRequired: p.boolean().default(false),
    incomeCriterion: p.boolean().default(false),
    residenceRequired: p.boolean().default(false),
    howToApply: p.text().default(""),
    requiredDocuments: p.array().default([]),
    deliveryModes: p.array().default([]),
    languages: p.array().default(["pl"]),
    accessibilityFeatures: p.array().default([]),
    waitingTimeText: p.text().default(""),
    legalBasis: p.text().default(""),
    validFrom: p.date().nullable(),
    validTo: p.date().nullable(),
    lastVerifiedAt: p.date().nullable(),
    lastVerifiedSource: p.text().nullable(),
    publicationState: p.enum([...PUBLICATION_STATES]).default("DRAFT"),
    isDemo: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export type Service = InferEntity<typeof ServiceEntity>;
