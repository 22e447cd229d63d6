import {
  ancestorCodes,
  foldPolish,
  LEGAL_FORM_LABELS_PL,
  PES_TYPE_LABELS_PL,
  stemPolishText,
  type OrganizationDocument,
} from "@obserwatorium/schema";
import type { OrganizationRow } from "./organization.row";

export function toOrganizationDocument(row: OrganizationRow): OrganizationDocument {
  const units = [row.seat_gmina_code, ...row.area_codes];
  const areaCodes = [...new Set(units.flatMap((code) => [code, ...ancestorCodes(code)]))].sort();
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameFolded: foldPolish([row.name, row.short_name].filter(Boolean).join(" ")),
    shortName: row.short_name,
    legalForm: row.legal_form,
    pesType: row.pes_type,
    publicationState: row.publication_state,
    isActive: row.is_active,
    activeRank: row.is_active ? 1 : 0,
    city: row.city,
    seatGminaCode: row.seat_gmina_code,
    areaCodes,
    unitCodes: [...new Set(units)].sort(),
    offeringNames: row.offering_names,
    offeringsFolded: foldPolish([...row.offering_names, ...row.offering_descriptions].join(" ")),
    cpvCodes: row.cpv_codes,
    certificateTypes: row.certificate_types,
    description: row.description,
    // The legal form and PES type in words: "spółdzielnia socjalna catering" finds the cooperative.
    stems: stemPolishText(
      [
        row.name,
        row.short_name ?? "",
        LEGAL_FORM_LABELS_PL[row.legal_form],
        PES_TYPE_LABELS_PL[row.pes_type],
        row.city,
        ...row.offering_names,
        ...row.offering_descriptions,
        row.description,
      ].join(" "),
    ),
    isDemo: row.is_demo,
  };
}
