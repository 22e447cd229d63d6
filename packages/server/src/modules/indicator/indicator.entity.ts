import { defineEntity, p, type InferEntity } from "@mikro-orm/core";
import { INDICATOR_DIRECTIONS, INDICATOR_PROGRAMMES, SERVICE_AREAS } from "@obserwatorium/schema";

/** What the observatory measures: one indicator of a programme (KPRES, WPRES, RPDI, OZPS…). */
export const IndicatorEntity = defineEntity({
  name: "Indicator",
  tableName: "indicator",
  properties: {
    code: p.text().primary(),
    name: p.text(),
    programme: p.enum([...INDICATOR_PROGRAMMES]),
    area: p.enum([...SERVICE_AREAS]).nullable(),
    unit: p.text(),
    definition: p.text().default(""),
    source: p.text().default(""),
    direction: p.enum([...INDICATOR_DIRECTIONS]),
    isDemo: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export type Indicator = InferEntity<typeof IndicatorEntity>;
