import {
  ancestorCodes,
  DOCUMENT_KIND_LABELS_PL,
  foldPolish,
  stemPolishText,
  type DocumentPageDocument,
} from "@obserwatorium/schema";
import type { DocumentPageRow } from "./document-page.row";

export function toDocumentPageDocument(row: DocumentPageRow): DocumentPageDocument {
  const unit = row.territorial_unit_code;
  const title = [row.title, DOCUMENT_KIND_LABELS_PL[row.kind], row.unit_name ?? ""].join(" ");
  return {
    id: `${row.file_id}-${row.page_number}`,
    documentId: row.document_id,
    fileId: row.file_id,
    pageNumber: row.page_number,
    textFolded: foldPolish(row.text),
    documentTitleFolded: foldPolish(title),
    stems: stemPolishText(`${title}\n${row.text}`),
    kind: row.kind,
    territorialUnitCode: row.territorial_unit_code,
    areaCodes: unit ? [unit, ...ancestorCodes(unit)].sort() : [],
    unitCodes: unit ? [unit] : [],
    publicationState: row.publication_state,
    isDemo: row.is_demo,
  };
}
