import { TERRITORIAL_UNIT_KINDS, type TerritorialUnitKind } from "@obserwatorium/schema";
import { registerEnumType } from "type-graphql";

export const TerritorialUnitKindEnum = Object.fromEntries(
  TERRITORIAL_UNIT_KINDS.map((kind) => [kind, kind]),
) as { [K in TerritorialUnitKind]: K };

const descriptions: Record<TerritorialUnitKind, string> = {
  VOIVODESHIP: "województwo",
  COUNTY: "powiat (ziemski)",
  CITY_WITH_COUNTY_RIGHTS: "miasto na prawach powiatu",
  URBAN_MUNICIPALITY: "gmina miejska (TERC RODZ 1)",
  RURAL_MUNICIPALITY: "gmina wiejska (RODZ 2)",
  URBAN_RURAL_MUNICIPALITY: "gmina miejsko-wiejska (RODZ 3)",
  TOWN_OF_URBAN_RURAL_MUNICIPALITY: "miasto w gminie miejsko-wiejskiej (RODZ 4); not a gmina",
  RURAL_AREA_OF_URBAN_RURAL_MUNICIPALITY: "obszar wiejski w gminie miejsko-wiejskiej (RODZ 5); not a gmina",
  CAPITAL_CITY_DISTRICT: "dzielnica m.st. Warszawy (RODZ 8); not a gmina",
  CITY_DELEGATION: "delegatura (RODZ 9) of Kraków, Łódź, Poznań or Wrocław; not a gmina",
};

registerEnumType(TerritorialUnitKindEnum, {
  name: "TerritorialUnitKind",
  description: "Kind of a unit of the TERYT territorial register",
  valuesConfig: Object.fromEntries(
    TERRITORIAL_UNIT_KINDS.map((kind) => [kind, { description: descriptions[kind] }]),
  ),
});
