import type { LegalForm } from "./legal-form";
import type { PesType } from "./pes-type";

/**
 * Kinds of reserved public contracts (zamówienia zastrzeżone) under the Polish procurement act
 * (Prawo zamówień publicznych, Pzp): who may bid depends on the contractor, not only on the offer.
 */
export const RESERVED_CONTRACT_KINDS = ["SOCIAL_INTEGRATION", "PUBLIC_SERVICE_MISSION"] as const;

export type ReservedContractKind = (typeof RESERVED_CONTRACT_KINDS)[number];

export const RESERVED_CONTRACT_KIND_LABELS_PL: Record<ReservedContractKind, string> = {
  SOCIAL_INTEGRATION: "zamówienie zastrzeżone dla podmiotów integracji społecznej i zawodowej (art. 94 Pzp)",
  PUBLIC_SERVICE_MISSION:
    "zamówienie zastrzeżone na usługi zdrowotne, społeczne i kulturalne dla organizacji misji publicznej (art. 361 Pzp)",
};

/**
 * PES types that may bid for an art. 94 Pzp contract by their kind: the act names zakłady pracy
 * chronionej; CIS and KIS (ustawa o zatrudnieniu socjalnym), ZAZ and WTZ (ustawa o rehabilitacji)
 * exist for the social and professional integration of marginalised people, the act's other test.
 */
export const SOCIAL_INTEGRATION_PES_TYPES: readonly PesType[] = ["ZPCHR", "CIS", "KIS", "ZAZ", "WTZ"];

/**
 * Legal forms that may bid for an art. 94 Pzp contract by their kind: the act names spółdzielnie
 * socjalne; spółdzielnie inwalidów and niewidomych work for the professional and social
 * rehabilitation of their members by statute (Prawo spółdzielcze, art. 181). Other forms (fundacja,
 * stowarzyszenie…) may qualify case by case, which a register cannot tell.
 */
export const SOCIAL_INTEGRATION_LEGAL_FORMS: readonly LegalForm[] = [
  "SOCIAL_COOPERATIVE",
  "DISABLED_PERSONS_COOPERATIVE",
  "BLIND_PERSONS_COOPERATIVE",
];

/**
 * Whether an organization's kind lets it bid for an art. 94 Pzp reserved contract. The act's
 * further condition — at least 30 % of the staff from marginalised groups — is the bidder's to
 * declare and the buyer's to check.
 */
export function qualifiesForSocialIntegrationContract(organization: {
  legalForm: LegalForm;
  pesType: PesType;
}): boolean {
  return (
    SOCIAL_INTEGRATION_LEGAL_FORMS.includes(organization.legalForm) ||
    SOCIAL_INTEGRATION_PES_TYPES.includes(organization.pesType)
  );
}

/**
 * The eight digits of a CPV code (`NNNNNNNN-C` → `NNNNNNNN`). Codes are compared without their check
 * digit: the official vocabulary publishes codes whose check digit breaks its own algorithm.
 */
export function cpvCodeRoot(code: string): string {
  return code.trim().slice(0, 8);
}

/** The codes of a one-column CSV list of CPV codes with a header row (`cpv`). */
export function parseCpvCodeList(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => /^\d{8}-\d$/.test(line));
}
