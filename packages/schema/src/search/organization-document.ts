import type { CertificateType } from "../registry/certificate-type";
import type { LegalForm } from "../registry/legal-form";
import type { PesType } from "../registry/pes-type";

export const ORGANIZATIONS_INDEX = "organizations";

/** The Meilisearch document of one organization of the registry. */
export interface OrganizationDocument {
  id: string;
  slug: string;
  name: string;
  /** Name and short name without Polish diacritics (see foldPolish). */
  nameFolded: string;
  shortName: string | null;
  legalForm: LegalForm;
  pesType: PesType;
  publicationState: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  isActive: boolean;
  /** 1 for an active organization, 0 otherwise: a numeric custom ranking rule needs a number. */
  activeRank: number;
  city: string;
  seatGminaCode: string;
  /** Seat and areas served with every containing unit, for "in powiat X" filters. */
  /** The units the record is attached to, exactly (no containing units): finds it in their parts. */
  unitCodes: string[];
  areaCodes: string[];
  offeringNames: string[];
  /** Folded offering names and descriptions. */
  offeringsFolded: string;
  cpvCodes: string[];
  certificateTypes: CertificateType[];
  description: string;
  /** The searchable text as Polish stems (see stemPolishText), so inflected queries match. */
  stems: string;
  isDemo: boolean;
}
