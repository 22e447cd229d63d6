import {
  DOCUMENT_KIND_LABELS_PL,
  DOCUMENT_KINDS,
  DOCUMENT_STAGES,
  DOCUMENT_STATUS_LABELS_PL,
  DOCUMENT_STATUSES,
  TEXT_EXTRACTION_STATES,
} from "@obserwatorium/schema";
import { registerEnumType } from "type-graphql";
import { enumObject } from "../common/enum-object";

const describe = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, { description: label }]));

export const DocumentKindEnum = enumObject(DOCUMENT_KINDS);
export const DocumentStageEnum = enumObject(DOCUMENT_STAGES);
export const DocumentStatusEnum = enumObject(DOCUMENT_STATUSES);
export const TextExtractionStateEnum = enumObject(TEXT_EXTRACTION_STATES);

registerEnumType(DocumentKindEnum, {
  name: "DocumentKind",
  description: "What sort of document it is: strategy, programme, plan, diagnosis, report…",
  valuesConfig: describe(DOCUMENT_KIND_LABELS_PL),
});
registerEnumType(DocumentStageEnum, {
  name: "DocumentStage",
  description: "Where a document is before adoption; editors set it",
  valuesConfig: {
    DRAFT: { description: "A draft (projekt), not yet consulted" },
    CONSULTATION: { description: "Open for public consultation" },
    ADOPTED: { description: "Adopted by the competent body" },
  },
});
registerEnumType(DocumentStatusEnum, {
  name: "DocumentStatus",
  description: "Computed from the stage and the dates",
  valuesConfig: describe(DOCUMENT_STATUS_LABELS_PL),
});
registerEnumType(TextExtractionStateEnum, {
  name: "TextExtractionState",
  description: "Whether a file's text could be read",
  valuesConfig: {
    EXTRACTED: { description: "Text read, page by page" },
    NO_TEXT_LAYER: { description: "No text layer (e.g. a scan): not searchable" },
    ENCRYPTED: { description: "Password-protected: not searchable" },
    BROKEN: { description: "The file could not be read as a PDF" },
  },
});
