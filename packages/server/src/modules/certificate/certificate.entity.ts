import { defineEntity, p, type InferEntity } from "@mikro-orm/core";
import { CERTIFICATE_TYPES } from "@obserwatorium/schema";

/** A quality mark granted to an organization for named offerings. "Active" is computed, never stored. */
export const CertificateEntity = defineEntity({
  name: "Certificate",
  tableName: "certificate",
  properties: {
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    type: p.enum([...CERTIFICATE_TYPES]),
    number: p.text(),
    grantingBody: p.text(),
    decisionDate: p.date(),
    validFrom: p.date(),
    validTo: p.date(),
    revoked: p.boolean().default(false),
    revokedReason: p.text().nullable(),
    revokedAt: p.datetime().nullable(),
    renewalOfId: p.uuid().nullable(),
    isDemo: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export type Certificate = InferEntity<typeof CertificateEntity>;
