import { placeLabel } from "@/features/service/place-picker-matches";
import type { PlaceResolution } from "@/features/service/place-picker-resolve";
import { RESERVED_OPTIONS, type ProcurementSearch } from "./procurement-search";

/** The filters of a search in words, for the printed list ("Obszar: …"); empty for none. */
export function filtersSummary(search: ProcurementSearch, resolution: PlaceResolution): string[] {
  const lines: string[] = [];
  if (search.text) lines.push(`Szukane słowa: ${search.text}`);
  if (resolution.status === "found") lines.push(`Obszar: ${placeLabel(resolution.place)}`);
  if (search.cpv) lines.push(`Kod CPV: ${search.cpv}`);
  const reserved = RESERVED_OPTIONS.find((option) => option.param === search.reserved);
  if (reserved) lines.push(`Może startować w zamówieniu zastrzeżonym: ${reserved.label}`);
  if (search.certifiedOnly) lines.push("Tylko z certyfikatem Zakup Prospołeczny");
  return lines;
}
