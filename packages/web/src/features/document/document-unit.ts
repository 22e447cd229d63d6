import type { TerritorialUnitKind } from "@/__generated__/graphql";
import { serviceLabels } from "@/features/service/service-labels";
import { KIND_LABELS } from "@/features/territory/kind-labels";
import type { Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";

type Unit = { name: string; kind: TerritorialUnitKind };

/** "województwo podlaskie", "powiat białostocki", "gmina miejsko-wiejska Łapy": the JST a document concerns. */
export function unitLabel(unit: Unit): string {
  if (unit.kind === "CITY_WITH_COUNTY_RIGHTS") return `${unit.name} (miasto na prawach powiatu)`;
  return `${KIND_LABELS[unit.kind]} ${unit.name}`;
}

/**
 * The JST as a page in `locale` names it: the Polish name (a record, to be marked lang="pl") and,
 * on a translated page, its kind in the page's language ("Łapy" + "urban-rural municipality");
 * a Polish page has the kind in the name already.
 */
export function unitParts(unit: Unit, locale: Locale): { name: string; kind: string | null } {
  if (locale === "pl") return { name: unitLabel(unit), kind: null };
  const kinds = serviceLabels(locale).placeKinds;
  switch (unit.kind) {
    case "VOIVODESHIP":
      return { name: `województwo ${unit.name}`, kind: getMessages(locale).documents.facts.regionKind };
    case "COUNTY":
      return { name: `powiat ${unit.name}`, kind: kinds.COUNTY };
    default:
      return { name: unit.name, kind: kinds[unit.kind] };
  }
}
