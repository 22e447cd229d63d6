import { defineEntity, p, type InferEntity } from "@mikro-orm/core";
import { TEXT_EXTRACTION_STATES } from "@obserwatorium/schema";

/** An uploaded file of a document; the bytes live in file storage under `storageKey`. */
export const DocumentFileEntity = defineEntity({
  name: "DocumentFile",
  tableName: "document_file",
  properties: {
    id: p.uuid().primary(),
    documentId: p.uuid(),
    fileName: p.text(),
    contentType: p.text(),
    byteSize: p.bigint("number"),
    sha256: p.string().length(64).unique(),
    storageKey: p.text().unique(),
    textState: p.enum([...TEXT_EXTRACTION_STATES]),
    pageCount: p.integer().default(0),
    uploadedAt: p.datetime(),
    uploadedByUserId: p.uuid().nullable(),
  },
});

export type DocumentFile = InferEntity<typeof DocumentFileEntity>;

/** The extracted text of one page, so that a hit can say "page 12". */
export const DocumentPageEntity = defineEntity({
  name: "DocumentPage",
  tableName: "document_page",
  properties: {
    fileId: p.uuid().primary(),
    pageNumber: p.integer().primary(),
    text: p.text(),
  },
});

export type DocumentPage = InferEntity<typeof DocumentPageEntity>;
