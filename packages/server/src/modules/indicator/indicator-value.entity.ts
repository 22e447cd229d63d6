import { defineEntity, p, type InferEntity } from "@mikro-orm/core";

/** The value of one indicator for one TERYT unit and year, with the programme's baseline and target. */
export const IndicatorValueEntity = defineEntity({
  name: "IndicatorValue",
  tableName: "indicator_value",
  properties: {
    // Plain code columns (foreign keys in the schema): relations are batched by the loaders.
    indicatorCode: p.text().primary(),
    territorialUnitCode: p.string().length(7).primary(),
    year: p.smallint().primary(),
    value: p.decimal("number"),
    baseline: p.decimal("number").nullable(),
    target: p.decimal("number").nullable(),
    source: p.text().default(""),
    note: p.text().default(""),
    isDemo: p.boolean().default(false),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export type IndicatorValue = InferEntity<typeof IndicatorValueEntity>;
