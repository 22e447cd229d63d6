import { defineEntity, p, type InferEntity } from "@mikro-orm/core";
import { LEGAL_FORMS, PES_TYPES } from "@obserwatorium/schema";

export const PUBLICATION_STATES = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

export const OrganizationEntity = defineEntity({
  name: "Organization",
  tableName: "organization",
  properties: {
    id: p.uuid().primary(),
    slug: p.text().unique(),
    name: p.text(),
    shortName: p.text().nullable(),
    legalForm: p.enum([...LEGAL_FORMS]),
    pesType: p.enum([...PES_TYPES]),
    nip: p.string().length(10).nullable(),
    regon: p.string().length(14).nullable(),
    krs: p.string().length(10).nullable(),
    streetAddress: p.text(),
    postalCode: p.string().length(6),
    city: p.text(),
    seatGminaCode: p.string().length(7),
    latitude: p.float().nullable(),
    longitude: p.float().nullable(),
    email: p.text().nullable(),
    phone: p.text().nullable(),
    website: p.text().nullable(),
    description: p.text().default(""),
    foundingBody: p.text().nullable(),
    employeeCount: p.integer().nullable(),
    employeesAtRiskCount: p.integer().nullable(),
    isActive: p.boolean().default(true),
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

export type Organization = InferEntity<typeof OrganizationEntity>;
