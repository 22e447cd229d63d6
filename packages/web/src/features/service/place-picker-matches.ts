import type { TerritorialUnitKind } from "@/__generated__/graphql";
import type { Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { serviceLabels } from "./service-labels";

/** The region of the first deployment: places are looked for among its powiaty and gminy. */
export const REGION_CODE = "20";

/** The kinds of unit a resident may pick as "where": a powiat, a city with powiat rights, a gmina. */
export const PLACE_KINDS = [
  "COUNTY",
  "CITY_WITH_COUNTY_RIGHTS",
  "URBAN_MUNICIPALITY",
  "RURAL_MUNICIPALITY",
  "URBAN_RURAL_MUNICIPALITY",
] as const satisfies readonly TerritorialUnitKind[];

interface UnitRef {
  code: string;
  name: string;
  kind: TerritorialUnitKind;
}

export interface PlaceUnit extends UnitRef {
  parent: UnitRef | null;
}

/** A powiat or gmina of the region, with what is needed to name it unambiguously. */
export interface Place extends UnitRef {
  /** Name of the powiat of a gmina; null for a powiat or a city with powiat rights. */
  countyName: string | null;
}

function isPlaceKind(kind: TerritorialUnitKind): boolean {
  return (PLACE_KINDS as readonly string[]).includes(kind);
}

/** A unit as a place; the gmina of a city with powiat rights is the city itself (one choice, not two). */
export function toPlace(unit: PlaceUnit): Place | null {
  if (!unit.code.startsWith(REGION_CODE) || !isPlaceKind(unit.kind)) return null;
  const parent = unit.parent;
  if (parent?.kind === "CITY_WITH_COUNTY_RIGHTS") return { ...parent, countyName: null };
  const isGmina = unit.kind !== "COUNTY" && unit.kind !== "CITY_WITH_COUNTY_RIGHTS";
  return {
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    countyName: isGmina ? (parent?.name ?? null) : null,
  };
}

/** The region's places among search hits, best first, each once. */
export function regionPlaces(units: readonly PlaceUnit[]): Place[] {
  const places = new Map<string, Place>();
  for (const unit of units) {
    const place = toPlace(unit);
    if (place && !places.has(place.code)) places.set(place.code, place);
  }
  return [...places.values()];
}

/**
 * How the page names a place: "gmina miejsko-wiejska Łapy (powiat białostocki)", "powiat sejneński",
 * "Łomża (miasto na prawach powiatu)"; in another language the unit's Polish name stays and its
 * kind is translated. The kind tells apart the urban and the rural gmina of the same name (Bielsk
 * Podlaski), the powiat apart from a gmina in another one.
 */
export function placeLabel(place: Place, locale: Locale = "pl"): string {
  const words = getMessages(locale).placePicker;
  switch (place.kind) {
    case "COUNTY":
      return words.county(place.name);
    case "CITY_WITH_COUNTY_RIGHTS":
      return words.city(place.name);
    default:
      return words.gmina(serviceLabels(locale).placeKinds[place.kind], place.name, place.countyName);
  }
}

/**
 * How a result card names a unit a service covers: "gmina miejsko-wiejska Łapy" in Polish, the
 * Polish name with its kind translated otherwise ("Łapy (urban-rural municipality)").
 */
export function unitLabel(unit: UnitRef, locale: Locale = "pl"): string {
  const kind = serviceLabels(locale).placeKinds[unit.kind];
  if (locale === "pl") return `${kind} ${unit.name}`;
  if (unit.kind === "COUNTY") return getMessages(locale).placePicker.county(unit.name);
  return `${unit.name} (${kind})`;
}
