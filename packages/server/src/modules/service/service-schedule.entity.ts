import { defineEntity, p, type InferEntity } from "@mikro-orm/core";

/** Weekly opening hours of a location (HSDS `schedule`); weekday is ISO 8601, 1 = Monday. */
export const ServiceOpeningHoursEntity = defineEntity({
  name: "ServiceOpeningHours",
  tableName: "service_opening_hours",
  properties: {
    id: p.uuid().primary(),
    locationId: p.uuid(),
    weekday: p.smallint(),
    opens: p.time(),
    closes: p.time(),
  },
});

export type ServiceOpeningHours = InferEntity<typeof ServiceOpeningHoursEntity>;

/** A date on which a location is closed or keeps other hours; it replaces that day's weekly hours. */
export const ServiceOpeningExceptionEntity = defineEntity({
  name: "ServiceOpeningException",
  tableName: "service_opening_exception",
  properties: {
    id: p.uuid().primary(),
    locationId: p.uuid(),
    date: p.date(),
    closed: p.boolean(),
    opens: p.time().nullable(),
    closes: p.time().nullable(),
    note: p.text().default(""),
  },
});

export type ServiceOpeningException = InferEntity<typeof ServiceOpeningExceptionEntity>;
