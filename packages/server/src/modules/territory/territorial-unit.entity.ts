import { defineEntity, p, type InferEntity } from "@mikro-orm/core";
import { TERRITORIAL_UNIT_KINDS } from "@obserwatorium/schema";

export const TerritorialUnitEntity = defineEntity({
  name: "TerritorialUnit",
  tableName: "territorial_unit",
  properties: {
    code: p.string().primary().length(7),
    name: p.text(),
    kind: p.enum([...TERRITORIAL_UNIT_KINDS]),
    // Kept as a plain column (with a foreign key in the schema): parents and children are loaded
    // in batches by the territory loaders, never lazily one by one.
    parentCode: p.string().length(7).nullable(),
    registerDate: p.date(),
  },
});

export type TerritorialUnit = InferEntity<typeof TerritorialUnitEntity>;
