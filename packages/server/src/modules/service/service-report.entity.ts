import { defineEntity, p, type InferEntity } from "@mikro-orm/core";

/** A resident's note that a service's data is out of date, waiting for an editor. */
export const ServiceReportEntity = defineEntity({
  name: "ServiceReport",
  tableName: "service_report",
  properties: {
    id: p.uuid().primary(),
    serviceId: p.uuid(),
    message: p.text(),
    contact: p.text().nullable(),
    createdAt: p.datetime(),
    resolvedAt: p.datetime().nullable(),
    resolvedByUserId: p.uuid().nullable(),
    resolutionNote: p.text().default(""),
  },
});

export type ServiceReport = InferEntity<typeof ServiceReportEntity>;
