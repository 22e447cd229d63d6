import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { auditSnapshot } from "../audit/audit.service";
import { ServiceAreaEntity } from "./service-area.entity";
import { ServiceLocationEntity } from "./service-location.entity";
import { ServiceOpeningExceptionEntity, ServiceOpeningHoursEntity } from "./service-schedule.entity";
import type { Service } from "./service.entity";
import type { NormalizedService } from "./service.validation";

/** Adds the areas, locations, hours and exceptions of a service to the unit of work. */
export function createServiceChildren(
  tx: EntityManager,
  serviceId: string,
  service: NormalizedService,
): void {
  for (const territorialUnitCode of service.areaCodes) {
    tx.create(ServiceAreaEntity, { serviceId, territorialUnitCode });
  }
  service.locations.forEach(({ hours, exceptions, ...location }, position) => {
    const locationId = randomUUID();
    tx.create(ServiceLocationEntity, { id: locationId, serviceId, position, ...location });
    for (const span of hours) tx.create(ServiceOpeningHoursEntity, { id: randomUUID(), locationId, ...span });
    for (const exception of exceptions) {
      tx.create(ServiceOpeningExceptionEntity, { id: randomUUID(), locationId, ...exception });
    }
  });
}

/** Removes them; hours and exceptions go with their locations (ON DELETE CASCADE). */
export async function deleteServiceChildren(tx: EntityManager, serviceId: string): Promise<void> {
  await tx.nativeDelete(ServiceAreaEntity, { serviceId });
  await tx.nativeDelete(ServiceLocationEntity, { serviceId });
}

/** A service with its children as the audit log keeps it. */
export async function serviceSnapshot(em: EntityManager, service: Service): Promise<Record<string, unknown>> {
  const [areas, locations] = await Promise.all([
    em.find(ServiceAreaEntity, { serviceId: service.id }),
    em.find(ServiceLocationEntity, { serviceId: service.id }, { orderBy: { position: "asc" } }),
  ]);
  const locationIds = locations.map((location) => location.id);
  const [hours, exceptions] = await Promise.all([
    em.find(ServiceOpeningHoursEntity, { locationId: { $in: locationIds } }),
    em.find(ServiceOpeningExceptionEntity, { locationId: { $in: locationIds } }),
  ]);
  return auditSnapshot(
    {
      ...service,
      areaCodes: areas.map((area) => area.territorialUnitCode),
      locations: locations.map(({ id, serviceId: _service, position: _position, ...location }) => ({
        ...location,
        hours: hours
          .filter((span) => span.locationId === id)
          .map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
        exceptions: exceptions
          .filter((exception) => exception.locationId === id)
          .map(({ date, closed, opens, closes, note }) => ({ date, closed, opens, closes, note })),
      })),
    },
    ["createdAt", "updatedAt"],
  );
}
