import type { TerritorialUnitKind } from "@/__generated__/graphql";
import { KIND_LABELS } from "@/features/territory/kind-labels";

/** "województwo podlaskie", "powiat białostocki", "gmina miejsko-wiejska Łapy": the JST a document concerns. */
export function unitLabel(unit: { name: string; kind: TerritorialUnitKind }): string {
  if (unit.kind === "CITY_WITH_COUNTY_RIGHTS") return `${unit.name} (miasto na prawach powiatu)`;
  return `${KIND_LABELS[unit.kind]} ${unit.name}`;
}
