import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { auditSnapshot } from "../audit/audit.service";
import { ServiceAreaEntity } from "./service-area.entity";
import { ServiceLocationEntity, type ServiceLocation } from "./service-location.entity";
import {
  ServiceOpeningExceptionEntity,
  ServiceOpeningHoursEntity,
  type ServiceOpeningException,
  type ServiceOpeningHours,
} from "./service-schedule.entity";
import type { Service } from "./service.entity";
import { shortTime } from "./service-time";
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

export interface StoredLocation extends ServiceLocation {
  hours: ServiceOpeningHours[];
  exceptions: ServiceOpeningException[];
}

export interface ServiceChildren {
  areaCodes: string[];
  locations: StoredLocation[];
}

/**
 * Areas, locations, hours and exceptions of many services: one query per kind. Read past the
 * identity map: an update deletes the children and creates them anew in the same unit of work, and
 * a managed area with the same key (service and code) would swallow its re-creation.
 */
export async function serviceChildren(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, ServiceChildren>> {
  const children = new Map<string, ServiceChildren>(ids.map((id) => [id, { areaCodes: [], locations: [] }]));
  if (ids.length === 0) return children;
  const unmanaged = { disableIdentityMap: true } as const;
  const [areas, locations] = await Promise.all([
    em.find(
      ServiceAreaEntity,
      { serviceId: { $in: [...ids] } },
      { ...unmanaged, orderBy: { territorialUnitCode: "asc" } },
    ),
    em.find(
      ServiceLocationEntity,
      { serviceId: { $in: [...ids] } },
      { ...unmanaged, orderBy: { position: "asc" } },
    ),
  ]);
  const locationIds = locations.map((location) => location.id);
  const [hours, exceptions] = locationIds.length
    ? await Promise.all([
        em.find(ServiceOpeningHoursEntity, { locationId: { $in: locationIds } }, unmanaged),
        em.find(ServiceOpeningExceptionEntity, { locationId: { $in: locationIds } }, unmanaged),
      ])
    : [[], []];
  for (const area of areas) children.get(area.serviceId)?.areaCodes.push(area.territorialUnitCode);
  for (const location of locations) {
    children.get(location.serviceId)?.locations.push({
      ...location,
      hours: hours.filter((span) => span.locationId === location.id),
      exceptions: exceptions.filter((exception) => exception.locationId === location.id),
    });
  }
  return children;
}

/** A service with the given children, as the audit log keeps it. */
export function snapshotOfService(service: Service, { areaCodes, locations }: ServiceChildren) {
  return auditSnapshot(
    {
      ...service,
      areaCodes,
      locations: locations.map(
        ({ id: _id, serviceId: _service, position: _position, hours, exceptions, ...location }) => ({
          ...location,
          hours: hours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
          exceptions: exceptions.map(({ date, closed, opens, closes, note }) => ({
            date,
            closed,
            opens,
            closes,
            note,
          })),
        }),
      ),
    },
    ["createdAt", "updatedAt"],
  );
}

/** Services with their children as the audit log keeps them, by ID. */
export async function serviceSnapshots(
  em: EntityManager,
  services: readonly Service[],
): Promise<Map<string, Record<string, unknown>>> {
  const children = await serviceChildren(
    em,
    services.map((service) => service.id),
  );
  return new Map(
    services.map((service) => [service.id, snapshotOfService(service, children.get(service.id)!)]),
  );
}

/** A service with its children as the audit log keeps it. */
export async function serviceSnapshot(em: EntityManager, service: Service): Promise<Record<string, unknown>> {
  return (await serviceSnapshots(em, [service])).get(service.id)!;
}

/** PostgreSQL's "HH:MM:SS" as the input has it ("HH:MM"). */
export function withShortTimes(snapshot: Record<string, unknown>): Record<string, unknown> {
  const locations = (snapshot.locations ?? []) as {
    hours: Record<string, unknown>[];
    exceptions: Record<string, unknown>[];
  }[];
  const short = (value: unknown) => (typeof value === "string" ? shortTime(value) : value);
  return {
    ...snapshot,
    locations: locations.map((location) => ({
      ...location,
      hours: location.hours.map((span) => ({
        ...span,
        opens: short(span.opens),
        closes: short(span.closes),
      })),
      exceptions: location.exceptions.map((day) => ({
        ...day,
        opens: short(day.opens),
        closes: short(day.closes),
      })),
    })),
  };
}
