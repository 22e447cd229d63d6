import type { TerritorialUnitKind } from "@/__generated__/graphql";

export const KIND_LABELS: Record<TerritorialUnitKind, string> = {
  VOIVODESHIP: "województwo",
  COUNTY: "powiat",
  CITY_WITH_COUNTY_RIGHTS: "miasto na prawach powiatu",
  URBAN_MUNICIPALITY: "gmina miejska",
  RURAL_MUNICIPALITY: "gmina wiejska",
  URBAN_RURAL_MUNICIPALITY: "gmina miejsko-wiejska",
  TOWN_OF_URBAN_RURAL_MUNICIPALITY: "miasto w gminie miejsko-wiejskiej",
  RURAL_AREA_OF_URBAN_RURAL_MUNICIPALITY: "obszar wiejski gminy miejsko-wiejskiej",
  CAPITAL_CITY_DISTRICT: "dzielnica",
  CITY_DELEGATION: "delegatura",
};
