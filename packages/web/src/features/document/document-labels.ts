import type { DocumentKind, DocumentStatus, LpdiStatus, TextExtractionState } from "@/__generated__/graphql";
import type { Locale } from "@/i18n/locales";
import * as en from "./labels-en";
import * as uk from "./labels-uk";

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

/** The documents' enum labels a page in a language shows. */
export interface DocumentLabels {
  kinds: Record<DocumentKind, string>;
  statuses: Record<DocumentStatus, string>;
  lpdiStatuses: Record<LpdiStatus, string>;
  textStateNotes: Record<TextExtractionState, string | null>;
}

const LABELS: Record<Locale, DocumentLabels> = {
  pl: {
    kinds: DOCUMENT_KIND_LABELS,
    statuses: DOCUMENT_STATUS_LABELS,
    lpdiStatuses: LPDI_STATUS_LABELS,
    textStateNotes: TEXT_STATE_NOTES,
  },
  en: {
    kinds: en.DOCUMENT_KIND_LABELS_EN,
    statuses: en.DOCUMENT_STATUS_LABELS_EN,
    lpdiStatuses: en.LPDI_STATUS_LABELS_EN,
    textStateNotes: en.TEXT_STATE_NOTES_EN,
  },
  uk: {
    kinds: uk.DOCUMENT_KIND_LABELS_UK,
    statuses: uk.DOCUMENT_STATUS_LABELS_UK,
    lpdiStatuses: uk.LPDI_STATUS_LABELS_UK,
    textStateNotes: uk.TEXT_STATE_NOTES_UK,
  },
};

export function documentLabels(locale: Locale): DocumentLabels {
  return LABELS[locale];
}

/** Kinds by language (the home page's latest documents, the site search's type filter). */
export const DOCUMENT_KIND_LABELS_BY_LOCALE: Record<Locale, Record<DocumentKind, string>> = {
  pl: DOCUMENT_KIND_LABELS,
  en: en.DOCUMENT_KIND_LABELS_EN,
  uk: uk.DOCUMENT_KIND_LABELS_UK,
};
