import type { ServiceArea, ServiceType, TerritorialUnitKind } from "@/__generated__/graphql";
import type { Locale } from "@/i18n/locales";
import { serviceLabels } from "./service-labels";
import { parseServiceSearch, serviceSearchHref } from "./service-search";

/** How a language names a gmina, a powiat and a city with powiat rights in a heading. */
export interface UnitNaming {
  municipality: (name: string) => string;
  county: (name: string) => string;
  city: (name: string) => string;
}

/** "Gmina Łapy", "Powiat białostocki", "Miasto Białystok": the unit as a heading names it. */
export function coverageUnitName(
  unit: { name: string; kind: TerritorialUnitKind },
  naming: UnitNaming,
): string {
  switch (unit.kind) {
    case "COUNTY":
      return naming.county(unit.name);
    case "CITY_WITH_COUNTY_RIGHTS":
      return naming.city(unit.name);
    default:
      return naming.municipality(unit.name);
  }
}

/** A statutory area: the API's statutory Polish wording on a Polish page, the site's translation on others. */
export function coverageAreaName(area: { code: ServiceArea; name: string }, locale: Locale): string {
  return locale === "pl" ? area.name : serviceLabels(locale).serviceAreas[area.code];
}

/** A type of service, named as `coverageAreaName` names an area. */
export function coverageTypeName(type: { code: ServiceType; name: string }, locale: Locale): string {
  return locale === "pl" ? type.name : serviceLabels(locale).serviceTypes[type.code];
}

/** The services search (/uslugi) limited to the unit and, when given, to one statutory area. */
export function coverageSearchHref(areaCode: string, area?: ServiceArea): string {
  return serviceSearchHref(parseServiceSearch({ obszar: areaCode, kategoria: area }));
}
