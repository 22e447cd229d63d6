import type { DocumentKind, DocumentStatus, LpdiStatus, TextExtractionState } from "@/__generated__/graphql";
import type { Locale } from "@/i18n/locales";

// Polish labels of the documents' enums (the wording of DOMAIN.md). `Record<Enum, string>` makes a
// new enum value in the schema a type error here until it gets its label.

/** Kinds, in the order the search form lists them. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
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

/** Statuses, in the order of a document's life. */
export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  DRAFT: "projekt",
  CONSULTATION: "w konsultacjach",
  ADOPTED: "przyjęty",
  IN_FORCE: "obowiązuje",
  EXPIRED: "wygasł",
  REPEALED: "uchylony",
};

export const LPDI_STATUS_LABELS: Record<LpdiStatus, string> = {
  IN_FORCE: "plan obowiązuje",
  ADOPTED: "plan przyjęty, jeszcze nie obowiązuje",
  IN_PREPARATION: "plan w przygotowaniu",
  NONE: "brak planu",
};

/** Why a file's text is not on the page; null when it is. */
export const TEXT_STATE_NOTES: Record<TextExtractionState, string | null> = {
  EXTRACTED: null,
  NO_TEXT_LAYER: "Brak warstwy tekstowej — dokument jest skanem; pobierz plik PDF.",
  ENCRYPTED: "Plik jest zabezpieczony hasłem, więc nie odczytaliśmy jego treści; pobierz plik PDF.",
  BROKEN: "Nie udało się odczytać pliku — może być uszkodzony; pobierz plik PDF.",
};

/** Kinds in English and Ukrainian, for the pages translated so far (the home page's latest documents). */
export const DOCUMENT_KIND_LABELS_BY_LOCALE: Record<Locale, Record<DocumentKind, string>> = {
  pl: DOCUMENT_KIND_LABELS,
  en: {
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
  },
  uk: {
    LPDI: "місцевий план деінституціоналізації соціальних послуг (LPDI)",
    RPDI: "регіональний план деінституціоналізації (RPDI)",
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
  },
};
