/** Kinds of documents the observatory collects (DOMAIN.md). Codes are stable identifiers. */
export const DOCUMENT_KINDS = [
  "LPDI",
  "RPDI",
  "WPRES",
  "WPRES_MONITORING",
  "KPRES",
  "OZPS",
  "STRATEGY",
  "DIAGNOSIS",
  "REPORT",
  "BULLETIN",
  "GUIDELINES",
  "OTHER",
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS_PL: Record<DocumentKind, string> = {
  LPDI: "lokalny plan deinstytucjonalizacji usług społecznych (LPDI)",
  RPDI: "regionalny plan deinstytucjonalizacji (RPDI)",
  WPRES: "wojewódzki program rozwoju ekonomii społecznej (WPRES)",
  WPRES_MONITORING: "sprawozdanie z monitoringu WPRES",
  KPRES: "Krajowy Program Rozwoju Ekonomii Społecznej (KPRES)",
  OZPS: "ocena zasobów pomocy społecznej (OZPS)",
  STRATEGY: "strategia rozwiązywania problemów społecznych",
  DIAGNOSIS: "diagnoza",
  REPORT: "raport",
  BULLETIN: "biuletyn",
  GUIDELINES: "wytyczne",
  OTHER: "inny dokument",
};

/** Where a document is in its life before it is adopted; after that, dates decide (DocumentStatus). */
export const DOCUMENT_STAGES = ["DRAFT", "CONSULTATION", "ADOPTED"] as const;
export type DocumentStage = (typeof DOCUMENT_STAGES)[number];

export const DOCUMENT_STATUSES = [
  "DRAFT",
  "CONSULTATION",
  "ADOPTED",
  "IN_FORCE",
  "EXPIRED",
  "REPEALED",
] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DOCUMENT_STATUS_LABELS_PL: Record<DocumentStatus, string> = {
  DRAFT: "projekt",
  CONSULTATION: "w konsultacjach",
  ADOPTED: "przyjęty",
  IN_FORCE: "obowiązuje",
  EXPIRED: "wygasł",
  REPEALED: "uchylony",
};

/** How a file's text could be read. */
export const TEXT_EXTRACTION_STATES = ["EXTRACTED", "NO_TEXT_LAYER", "ENCRYPTED", "BROKEN"] as const;
export type TextExtractionState = (typeof TEXT_EXTRACTION_STATES)[number];
