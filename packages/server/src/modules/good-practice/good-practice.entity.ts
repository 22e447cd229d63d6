import { defineEntity, p, type InferEntity } from "@mikro-orm/core";
import { PUBLICATION_STATES } from "../organization/organization.entity";

/** A good practice (dobra praktyka): what was done, where, by whom, for whom, with what results. */
export const GoodPracticeEntity = defineEntity({
  name: "GoodPractice",
  tableName: "good_practice",
  properties: {
    id: p.uuid().primary(),
    slug: p.text().unique(),
    title: p.text(),
    summary: p.text(),
    bodyMarkdown: p.text().default(""),
    serviceAreas: p.array().default([]),
    targetGroups: p.array().default([]),
    periodFromYear: p.integer(),
    periodFromDate: p.date().nullable(),
    periodToYear: p.integer().nullable(),
    periodToDate: p.date().nullable(),
    fundingKinds: p.array().default([]),
    fundingSource: p.text().default(""),
    contactName: p.text().nullable(),
    contactEmail: p.text().nullable(),
    contactPhone: p.text().nullable(),
    publicationState: p.enum([...PUBLICATION_STATES]).default("DRAFT"),
    isDemo: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export type GoodPractice = InferEntity<typeof GoodPracticeEntity>;
