import { defineEntity, p, type InferEntity } from "@mikro-orm/core";
import { DOCUMENT_KINDS, DOCUMENT_STAGES } from "@obserwatorium/schema";
import { PUBLICATION_STATES } from "../organization/organization.entity";

/** A plan, programme, assessment or report; its status is computed from the stage and the dates. */
export const DocumentEntity = defineEntity({
  name: "Document",
  tableName: "document",
  properties: {
    id: p.uuid().primary(),
    kind: p.enum([...DOCUMENT_KINDS]),
    title: p.text(),
    summary: p.text().default(""),
    territorialUnitCode: p.string().length(7).nullable(),
    periodFromYear: p.integer().nullable(),
    periodToYear: p.integer().nullable(),
    stage: p.enum([...DOCUMENT_STAGES]).default("DRAFT"),
    actNumber: p.text().nullable(),
    actBody: p.text().nullable(),
    adoptedOn: p.date().nullable(),
    inForceFrom: p.date().nullable(),
    inForceTo: p.date().nullable(),
    repealedOn: p.date().nullable(),
    tags: p.array().default([]),
    publicationState: p.enum([...PUBLICATION_STATES]).default("DRAFT"),
    isDemo: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export type DocumentRecord = InferEntity<typeof DocumentEntity>;

export const DocumentOrganizationEntity = defineEntity({
  name: "DocumentOrganization",
  tableName: "document_organization",
  properties: {
    documentId: p.uuid().primary(),
    organizationId: p.uuid().primary(),
  },
});

export const DocumentServiceEntity = defineEntity({
  name: "DocumentService",
  tableName: "document_service",
  properties: {
    documentId: p.uuid().primary(),
    serviceId: p.uuid().primary(),
  },
});
