import { defineEntity, p, type InferEntity } from "@mikro-orm/core";

/** One TERYT unit (of any level) a service covers (HSDS `service_area`). */
export const ServiceAreaEntity = defineEntity({
  name: "ServiceAreaUnit",
  tableName: "service_area",
  properties: {
    serviceId: p.uuid().primary(),
    territorialUnitCode: p.string().length(7).primary(),
  },
});

export type ServiceAreaUnit = InferEntity<typeof ServiceAreaEntity>;
