import type { DocumentKind, DocumentStatus, LpdiStatus, TextExtractionState } from "@/__generated__/graphql";

// Ukrainian labels of the documents' enums on translated pages; the Polish abbreviations (LPDI,
// OZPS, WPRES…) stay, as they are what a reader will meet in the documents themselves.

export const DOCUMENT_KIND_LABELS_UK: Record<DocumentKind, string> = {
  LPDI: "локальний план деінституціалізації соціальних послуг (LPDI)",
  RPDI: "регіональний план деінституціалізації (RPDI)",
  WPRES: "воєводська програма розвитку соціальної економіки (WPRES)",
  WPRES_MONITORING: "звіт про моніторинг WPRES",
  KPRES: "Національна програма розвитку соціальної економіки (KPRES)",
  OZPS: "оцінка ресурсів соціальної допомоги (OZPS)",
  STRATEGY: "стратегія розв’язання соціальних проблем",
  DIAGNOSIS: "діагностика",
  REPORT: "звіт",
  BULLETIN: "бюлетень",
  GUIDELINES: "настанови",
  OTHER: "інший документ",
};

export const DOCUMENT_STATUS_LABELS_UK: Record<DocumentStatus, string> = {
  DRAFT: "проєкт",
  CONSULTATION: "на консультаціях",
  ADOPTED: "ухвалений",
  IN_FORCE: "чинний",
  EXPIRED: "втратив чинність",
  REPEALED: "скасований",
};

export const LPDI_STATUS_LABELS_UK: Record<LpdiStatus, string> = {
  IN_FORCE: "план чинний",
  ADOPTED: "план ухвалено, ще не чинний",
  IN_PREPARATION: "план готується",
  NONE: "плану немає",
};

export const TEXT_STATE_NOTES_UK: Record<TextExtractionState, string | null> = {
  EXTRACTED: null,
  NO_TEXT_LAYER: "Немає текстового шару — документ є скан-копією; завантажте файл PDF.",
  ENCRYPTED: "Файл захищено паролем, тому ми не змогли прочитати його вміст; завантажте файл PDF.",
  BROKEN: "Не вдалося прочитати файл — можливо, він пошкоджений; завантажте файл PDF.",
};
