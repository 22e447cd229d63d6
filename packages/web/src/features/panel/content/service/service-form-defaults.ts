import type { PanelServiceRecordQuery } from "@/__generated__/graphql";
import { WEEKDAYS } from "./service-form-values";

export type ServiceRecord = NonNullable<PanelServiceRecordQuery["service"]>;
type LocationRecord = ServiceRecord["locations"][number];

/** One stored location as the values of its form row (sub-field → text). */
export function locationDefaults(location: LocationRecord): Record<string, string> {
  const values: Record<string, string> = {
    name: location.name,
    "address.streetAddress": location.address.streetAddress,
    "address.postalCode": location.address.postalCode,
    "address.city": location.address.city,
    "address.gminaCode": location.address.gminaCode,
    "coordinates.latitude": location.coordinates ? String(location.coordinates.latitude) : "",
    "coordinates.longitude": location.coordinates ? String(location.coordinates.longitude) : "",
    exceptions: JSON.stringify(
      location.exceptions.map(({ date, closed, opens, closes, note }) => ({
        date,
        closed,
        opens,
        closes,
        note,
      })),
    ),
  };
  // The form has one span per weekday; the first one of the day is shown.
  for (const weekday of WEEKDAYS) {
    const span = location.openingHours.find((hours) => hours.weekday === weekday);
    values[`openingHours.${weekday}.opens`] = span?.opens ?? "";
    values[`openingHours.${weekday}.closes`] = span?.closes ?? "";
  }
  return values;
}
