/**
 * Kinds of units in the TERYT territorial register (TERC). RODZ 4/5 (parts of an urban-rural
 * gmina), Warsaw's dzielnice (8) and the delegatury of large cities (9) are kept as units of
 * their own but are not gminy.
 */
export const TERRITORIAL_UNIT_KINDS = [
  "VOIVODESHIP",
  "COUNTY",
  "CITY_WITH_COUNTY_RIGHTS",
  "URBAN_MUNICIPALITY",
  "RURAL_MUNICIPALITY",
  "URBAN_RURAL_MUNICIPALITY",
  "TOWN_OF_URBAN_RURAL_MUNICIPALITY",
  "RURAL_AREA_OF_URBAN_RURAL_MUNICIPALITY",
  "CAPITAL_CITY_DISTRICT",
  "CITY_DELEGATION",
] as const;

export type TerritorialUnitKind = (typeof TERRITORIAL_UNIT_KINDS)[number];

export const COUNTY_KINDS: readonly TerritorialUnitKind[] = ["COUNTY", "CITY_WITH_COUNTY_RIGHTS"];

export const MUNICIPALITY_KINDS: readonly TerritorialUnitKind[] = [
  "URBAN_MUNICIPALITY",
  "RURAL_MUNICIPALITY",
  "URBAN_RURAL_MUNICIPALITY",
];

/** The TERC `RODZ` digit of a 7-digit code, for the kinds that have one. */
export const KIND_BY_RODZ: Readonly<Record<string, TerritorialUnitKind>> = {
  "1": "URBAN_MUNICIPALITY",
  "2": "RURAL_MUNICIPALITY",
  "3": "URBAN_RURAL_MUNICIPALITY",
  "4": "TOWN_OF_URBAN_RURAL_MUNICIPALITY",
  "5": "RURAL_AREA_OF_URBAN_RURAL_MUNICIPALITY",
  "8": "CAPITAL_CITY_DISTRICT",
  "9": "CITY_DELEGATION",
};

export function isTerritorialUnitKind(value: string): value is TerritorialUnitKind {
  return (TERRITORIAL_UNIT_KINDS as readonly string[]).includes(value);
}
