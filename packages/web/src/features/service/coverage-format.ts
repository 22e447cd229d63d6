import type { ServiceArea, TerritorialUnitKind } from "@/__generated__/graphql";
import { parseServiceSearch, serviceSearchHref } from "./service-search";

/** "Gmina Łapy", "Powiat białostocki", "Miasto Białystok": the unit as a heading names it. */
export function coverageUnitName(unit: { name: string; kind: TerritorialUnitKind }): string {
  switch (unit.kind) {
    case "COUNTY":
      return `Powiat ${unit.name}`;
    case "CITY_WITH_COUNTY_RIGHTS":
      return `Miasto ${unit.name}`;
    default:
      return `Gmina ${unit.name}`;
  }
}

/** The services search (/uslugi) limited to the unit and, when given, to one statutory area. */
export function coverageSearchHref(areaCode: string, area?: ServiceArea): string {
  return serviceSearchHref(parseServiceSearch({ obszar: areaCode, kategoria: area }));
}
