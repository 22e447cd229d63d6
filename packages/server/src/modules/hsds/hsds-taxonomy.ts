import {
  SERVICE_AREA_LABELS_PL,
  SERVICE_AREAS,
  SERVICE_TYPE_AREA,
  SERVICE_TYPE_DESCRIPTIONS_PL,
  SERVICE_TYPE_LABELS_PL,
  SERVICE_TYPES,
  type ServiceArea,
  type ServiceType,
} from "@obserwatorium/schema";
import { hsdsId } from "./hsds-ids";

/** Our "Koszyk usług" as an HSDS custom taxonomy: the 14 statutory areas, each with its service types. */
export const CATEGORY_TAXONOMY = {
  id: hsdsId("taxonomy", "koszyk-uslug"),
  name: "Koszyk usług społecznych (Obserwatorium)",
  description:
    "Obszary usług społecznych z art. 2 ust. 2 ustawy o realizowaniu usług społecznych przez centrum usług społecznych (poziom 1) i rodzaje usług (poziom 2); kody terminów są stałymi kodami Obserwatorium.",
};

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy_id: string;
  language: string;
  taxonomy: typeof CATEGORY_TAXONOMY;
}

const term = (code: string, name: string, description: string, parentCode?: string): HsdsTaxonomyTerm => ({
  id: hsdsId("taxonomy_term", code),
  code,
  name,
  description,
  ...(parentCode && { parent_id: hsdsId("taxonomy_term", parentCode) }),
  taxonomy_id: CATEGORY_TAXONOMY.id,
  language: "pl",
  taxonomy: CATEGORY_TAXONOMY,
});

/** Areas first in statutory order, then the types in their fixed order. */
export const CATEGORY_TERMS: readonly HsdsTaxonomyTerm[] = [
  ...SERVICE_AREAS.map((area) => term(area, SERVICE_AREA_LABELS_PL[area], SERVICE_AREA_LABELS_PL[area])),
  ...SERVICE_TYPES.map((type) =>
    term(type, SERVICE_TYPE_LABELS_PL[type], SERVICE_TYPE_DESCRIPTIONS_PL[type], SERVICE_TYPE_AREA[type]),
  ),
];

const termsById = new Map(CATEGORY_TERMS.map((entry) => [entry.id, entry]));
const termsByCode = new Map(CATEGORY_TERMS.map((entry) => [entry.code, entry]));

export const termById = (id: string) => termsById.get(id.toLowerCase()) ?? null;

/** The service types a term stands for: an area's types, or the type itself. */
export function serviceTypesOfTerm(entry: HsdsTaxonomyTerm): ServiceType[] {
  if ((SERVICE_TYPES as readonly string[]).includes(entry.code)) return [entry.code as ServiceType];
  return SERVICE_TYPES.filter((type) => SERVICE_TYPE_AREA[type] === (entry.code as ServiceArea));
}

/** The type's term and its area's term, most specific first. */
export function termsOfServiceType(type: ServiceType): HsdsTaxonomyTerm[] {
  return [termsByCode.get(type)!, termsByCode.get(SERVICE_TYPE_AREA[type])!];
}
