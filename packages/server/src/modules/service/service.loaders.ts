import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import { ServiceAreaEntity } from "./service-area.entity";
import { ServiceLocationEntity, type ServiceLocation } from "./service-location.entity";
import {
  ServiceOpeningExceptionEntity,
  ServiceOpeningHoursEntity,
  type ServiceOpeningException,
  type ServiceOpeningHours,
} from "./service-schedule.entity";
import { ServiceEntity, type Service } from "./service.entity";

export interface ServiceLoaders {
  serviceById: DataLoader<string, Service | null>;
  areaCodesByService: DataLoader<string, string[]>;
  locationsByService: DataLoader<string, ServiceLocation[]>;
  hoursByLocation: DataLoader<string, ServiceOpeningHours[]>;
  exceptionsByLocation: DataLoader<string, ServiceOpeningException[]>;
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

/** Per-request batching: a page of services with everything nested costs one query per relation. */
export function createServiceLoaders(em: EntityManager): ServiceLoaders {
  return {
    serviceById: new DataLoader(async (ids) => {
      const rows = await em.find(ServiceEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    areaCodesByService: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await em.find(
          ServiceAreaEntity,
          { serviceId: { $in: [...ids] } },
          { orderBy: { territorialUnitCode: "asc" } },
        ),
        (row) => row.serviceId,
      ).map((areas) => areas.map((area) => area.territorialUnitCode)),
    ),
    locationsByService: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await em.find(
          ServiceLocationEntity,
          { serviceId: { $in: [...ids] } },
          { orderBy: { position: "asc", name: "asc" } },
        ),
        (row) => row.serviceId,
      ),
    ),
    hoursByLocation: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await em.find(
          ServiceOpeningHoursEntity,
          { locationId: { $in: [...ids] } },
          { orderBy: { weekday: "asc", opens: "asc" } },
        ),
        (row) => row.locationId,
      ),
    ),
    exceptionsByLocation: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await em.find(
          ServiceOpeningExceptionEntity,
          { locationId: { $in: [...ids] } },
          { orderBy: { date: "asc", opens: "asc" } },
        ),
        (row) => row.locationId,
      ),
    ),
  };
}
