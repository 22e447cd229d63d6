import { defineEntity, p, type InferEntity } from "@mikro-orm/core";

/** A product or service named in a certificate: the mark covers these, not the whole entity. */
export const CertifiedOfferingEntity = defineEntity({
  name: "CertifiedOffering",
  tableName: "certified_offering",
  properties: {
    id: p.uuid().primary(),
    certificateId: p.uuid(),
    name: p.text(),
    description: p.text().default(""),
    cpvCodes: p.array().default([]),
    position: p.integer().default(0),
  },
});

export type CertifiedOffering = InferEntity<typeof CertifiedOfferingEntity>;
