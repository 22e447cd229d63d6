import type { DocumentKind, DocumentStatus, LpdiStatus, TextExtractionState } from "@/__generated__/graphql";

// English labels of the documents' enums on translated pages; the Polish abbreviations (LPDI, OZPS,
// WPRES…) stay, as they are what a reader will meet in the documents themselves.

export const DOCUMENT_KIND_LABELS_EN: Record<DocumentKind, string> = {
  LPDI: "local deinstitutionalisation plan for social services (LPDI)",
  RPDI: "regional deinstitutionalisation plan (RPDI)",
  WPRES: "regional social economy development programme (WPRES)",
  WPRES_MONITORING: "WPRES monitoring report",
  KPRES: "National Social Economy Development Programme (KPRES)",
  OZPS: "assessment of social assistance resources (OZPS)",
  STRATEGY: "strategy for solving social problems",
  DIAGNOSIS: "diagnosis",
  REPORT: "report",
  BULLETIN: "bulletin",
  GUIDELINES: "guidelines",
  OTHER: "other document",
};

export const DOCUMENT_STATUS_LABELS_EN: Record<DocumentStatus, string> = {
  DRAFT: "draft",
  CONSULTATION: "in consultation",
  ADOPTED: "adopted",
  IN_FORCE: "in force",
  EXPIRED: "expired",
  REPEALED: "repealed",
};

export const LPDI_STATUS_LABELS_EN: Record<LpdiStatus, string> = {
  IN_FORCE: "plan in force",
  ADOPTED: "plan adopted, not yet in force",
  IN_PREPARATION: "plan in preparation",
  NONE: "no plan",
};

export const TEXT_STATE_NOTES_EN: Record<TextExtractionState, string | null> = {
  EXTRACTED: null,
  NO_TEXT_LAYER: "No text layer — the document is a scan; download the PDF file.",
  ENCRYPTED: "The file is password-protected, so we could not read its content; download the PDF file.",
  BROKEN: "The file could not be read — it may be damaged; download the PDF file.",
};
