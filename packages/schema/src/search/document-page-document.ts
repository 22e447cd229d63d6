import type { DocumentKind } from "../documents/document-kind";

export const DOCUMENT_PAGES_INDEX = "document-pages";

/** The Meilisearch document of one page of one file of a document: hits point to the page. */
export interface DocumentPageDocument {
  /** `<fileId>-<pageNumber>` */
  id: string;
  documentId: string;
  fileId: string;
  pageNumber: number;
  /** The page's text without Polish diacritics (see foldPolish); same length as the original. */
  textFolded: string;
  /** Title, kind label and the unit's name, folded. */
  documentTitleFolded: string;
  /** The searchable text as Polish stems (see stemPolishText), so inflected queries match. */
  stems: string;
  kind: DocumentKind;
  territorialUnitCode: string | null;
  /** The document's unit and every unit containing it (empty without a unit). */
  areaCodes: string[];
  /** The document's unit alone (empty without a unit). */
  unitCodes: string[];
  publicationState: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  isDemo: boolean;
}
