import { ACCESSIBILITY_FEATURE_LABELS_PL, type AccessibilityFeature } from "@obserwatorium/schema";
import type { ServiceLocation } from "../service/service-location.entity";
import type { ServiceOpeningHours } from "../service/service-schedule.entity";
import type { Service } from "../service/service.entity";
import type { TerritorialUnit } from "../territory/territorial-unit.entity";
import { hsdsId } from "./hsds-ids";

/** ISO weekday 1..7 → RFC 5545 BYDAY. */
const BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

export type UnitsByCode = ReadonlyMap<string, TerritorialUnit>;

export interface LocationRecords {
  location: ServiceLocation;
  hours: readonly ServiceOpeningHours[];
}

const hhmm = (time: string) => time.slice(0, 5);

/** Weekly hours as HSDS schedules; times are local (Europe/Warsaw), whose UTC offset changes with DST. */
export function hsdsSchedule(service: Service, location: ServiceLocation, hours: ServiceOpeningHours) {
  return {
    id: hours.id,
    service_id: service.id,
    location_id: location.id,
    service_at_location_id: hsdsId("service_at_location", location.id),
    freq: "WEEKLY",
    interval: 1,
    byday: BYDAY[hours.weekday - 1],
    wkst: "MON",
    opens_at: hhmm(hours.opens),
    closes_at: hhmm(hours.closes),
    description: `${hhmm(hours.opens)}–${hhmm(hours.closes)} (czas lokalny, Europe/Warsaw)`,
  };
}

export function hsdsAddress(location: ServiceLocation, units: UnitsByCode) {
  const voivodeship = units.get(location.gminaCode.slice(0, 2))?.name.toLocaleLowerCase("pl") ?? "";
  return {
    id: hsdsId("address", location.id),
    location_id: location.id,
    address_1: location.streetAddress,
    city: location.city,
    region: voivodeship,
    state_province: voivodeship,
    postal_code: location.postalCode,
    country: "PL",
    address_type: "physical",
  };
}

export function hsdsLocation(service: Service, location: ServiceLocation, units: UnitsByCode) {
  return {
    id: location.id,
    location_type: "physical",
    ...(location.name && { name: location.name }),
    ...(location.latitude != null && { latitude: location.latitude }),
    ...(location.longitude != null && { longitude: location.longitude }),
    external_identifier: location.gminaCode,
    external_identifier_type: "TERYT TERC (gmina)",
    addresss: [hsdsAddress(location, units)],
    accessibilitys: service.accessibilityFeatures.map((feature) => ({
      id: hsdsId("accessibility", location.id, feature),
      location_id: location.id,
      description: ACCESSIBILITY_FEATURE_LABELS_PL[feature as AccessibilityFeature] ?? feature,
      details: feature,
    })),
  };
}

export function hsdsServiceAtLocation(
  service: Service,
  { location, hours }: LocationRecords,
  units: UnitsByCode,
) {
  return {
    id: hsdsId("service_at_location", location.id),
    service_id: service.id,
    location_id: location.id,
    location: hsdsLocation(service, location, units),
    schedules: hours.map((entry) => hsdsSchedule(service, location, entry)),
  };
}
