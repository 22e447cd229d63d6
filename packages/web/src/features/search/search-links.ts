import type { SuggestionKind, TerritorialUnitKind } from "@/__generated__/graphql";

/** Units with a coverage page (/gminy/{code}): gminy, powiaty and cities with county rights. */
const AREA_KINDS: readonly TerritorialUnitKind[] = [
  "COUNTY",
  "CITY_WITH_COUNTY_RIGHTS",
  "URBAN_MUNICIPALITY",
  "RURAL_MUNICIPALITY",
  "URBAN_RURAL_MUNICIPALITY",
];

/**
 * Where a place leads: its coverage page for a gmina or powiat; the gmina of a town or rural area of
 * a gmina miejsko-wiejska (same code with RODZ 3); the list of gminy and powiaty of its województwo otherwise.
 */
export function placeHref(place: { code: string; kind: TerritorialUnitKind }): string {
  if (AREA_KINDS.includes(place.kind)) return `/gminy/${place.code}`;
  if (
    place.kind === "TOWN_OF_URBAN_RURAL_MUNICIPALITY" ||
    place.kind === "RURAL_AREA_OF_URBAN_RURAL_MUNICIPALITY"
  ) {
    return `/gminy/${place.code.slice(0, 6)}3`;
  }
  return `/gminy?woj=${place.code.slice(0, 2)}`;
}

/** Where an autocomplete option leads; a search for its label when it names no page of its own. */
export function suggestionHref(suggestion: { kind: SuggestionKind; label: string; value: string }): string {
  const searchFor = `/szukaj?${new URLSearchParams({ q: suggestion.label })}`;
  switch (suggestion.kind) {
    case "PLACE":
      return /^(\d{4}|\d{7})$/.test(suggestion.value) ? `/gminy/${suggestion.value}` : searchFor;
    case "ORGANIZATION":
      return `/podmioty/${encodeURIComponent(suggestion.value)}`;
    case "SERVICE_AREA":
      return `/uslugi?${new URLSearchParams({ kategoria: suggestion.value })}`;
    default:
      return searchFor;
  }
}
