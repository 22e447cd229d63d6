import { defineEntity, p, type InferEntity } from "@mikro-orm/core";

export const OFFERING_KINDS = ["PRODUCT", "SERVICE"] as const;
export type OfferingKind = (typeof OFFERING_KINDS)[number];

/** A product or service an organization offers, optionally mapped to CPV codes for tenders. */
export const OfferingEntity = defineEntity({
  name: "Offering",
  tableName: "offering",
  properties: {
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    kind: p.enum([...OFFERING_KINDS]),
    name: p.text(),
    description: p.text().default(""),
    cpvCodes: p.array().default([]),
    position: p.integer().default(0),
  },
});

export type Offering = InferEntity<typeof OfferingEntity>;
