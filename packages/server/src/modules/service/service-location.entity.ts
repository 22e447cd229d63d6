import { defineEntity, p, type InferEntity } from "@mikro-orm/core";

/** Where a service is delivered (HSDS `location` + `service_at_location`). */
export const ServiceLocationEntity = defineEntity({
  name: "ServiceLocation",
  tableName: "service_location",
  properties: {
    id: p.uuid().primary(),
    serviceId: p.uuid(),
    name: p.text().default(""),
    streetAddress: p.text(),
    postalCode: p.string().length(6),
    city: p.text(),
    gminaCode: p.string().length(7),
    latitude: p.float().nullable(),
    longitude: p.float().nullable(),
    position: p.integer().default(0),
  },
});

export type ServiceLocation = InferEntity<typeof ServiceLocationEntity>;
