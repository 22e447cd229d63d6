import { defineEntity, p, type InferEntity } from "@mikro-orm/core";

/** One TERYT unit (of any level) an organization serves. */
export const OrganizationAreaEntity = defineEntity({
  name: "OrganizationArea",
  tableName: "organization_area",
  properties: {
    organizationId: p.uuid().primary(),
    territorialUnitCode: p.string().length(7).primary(),
  },
});

export type OrganizationArea = InferEntity<typeof OrganizationAreaEntity>;
