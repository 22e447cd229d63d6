import { randomUUID } from "node:crypto";
import { UniqueConstraintViolationException, type EntityManager } from "@mikro-orm/postgresql";
import { DOCUMENT_PAGES_INDEX } from "@obserwatorium/schema";
import { recordAudit } from "../../audit/audit.service";
import type { Clock } from "../../common/clock";
import { enqueueSearchChange } from "../../search-sync/search-outbox";
import { DocumentEntity } from "../document.entity";
import { DocumentFileEntity, DocumentPageEntity, type DocumentFile } from "./document-file.entity";
import type { FileStorage, IncomingFile } from "./file-storage";
import { extractPdfText, looksLikePdf } from "./pdf-text";

export interface UploadProblem {
  status: number;
  code: "NOT_FOUND" | "UNSUPPORTED_FILE_TYPE" | "DUPLICATE_FILE";
  message: string;
  /** For a duplicate: the document that already has this file. */
  documentId?: string;
}

export type UploadOutcome = { file: DocumentFile } | { problem: UploadProblem };

const PDF_CONTENT_TYPE = "application/pdf";
const MAX_FILE_NAME = 255;

/** Keeps the name readable but harmless in headers and on disk listings. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = [...base]
    .filter((character) => character.charCodeAt(0) >= 0x20 && character !== "\u007f" && character !== '"')
    .join("")
    .trim()
    .slice(0, MAX_FILE_NAME);
  return cleaned || "dokument.pdf";
}

/** Turns a received upload into a stored file with its text per page, in one transaction. */
export class DocumentFileService {
  constructor(
    private readonly em: EntityManager,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
  ) {}

  async ingest(documentId: string, incoming: IncomingFile, fileName: string, actorId: string | null) {
    let outcome: UploadOutcome;
    try {
      outcome = await this.store(documentId, incoming, fileName, actorId);
    } catch (error) {
      await this.storage.discard(incoming);
      throw error;
    }
    if ("problem" in outcome) await this.storage.discard(incoming);
    return outcome;
  }

  private async store(
    documentId: string,
    incoming: IncomingFile,
    fileName: string,
    actorId: string | null,
  ): Promise<UploadOutcome> {
    if (!(await this.em.findOne(DocumentEntity, { id: documentId }))) {
      return { problem: { status: 404, code: "NOT_FOUND", message: "no document has this ID" } };
    }
    if (!looksLikePdf(incoming.head)) {
      return {
        problem: { status: 415, code: "UNSUPPORTED_FILE_TYPE", message: "only PDF files are accepted" },
      };
    }
    const duplicate = await this.duplicateOf(incoming.sha256);
    if (duplicate) return { problem: duplicate };

    const extracted = await extractPdfText(await this.storage.read({ path: incoming.path }));
    // The file goes to its place before the row commits: a full disk then leaves no row behind,
    // and a failed transaction takes the file away again.
    const storageKey = await this.storage.keep(incoming);
    try {
      const file = await this.em.transactional(async (tx) => {
        const created = tx.create(DocumentFileEntity, {
          id: randomUUID(),
          documentId,
          fileName: cleanFileName(fileName),
          contentType: PDF_CONTENT_TYPE,
          byteSize: incoming.byteSize,
          sha256: incoming.sha256,
          storageKey,
          textState: extracted.state,
          pageCount: extracted.pageCount,
          uploadedAt: this.clock.now(),
          uploadedByUserId: actorId,
        });
        extracted.pages.forEach((text, index) =>
          tx.create(DocumentPageEntity, { fileId: created.id, pageNumber: index + 1, text }),
        );
        recordAudit(tx, {
          actorUserId: actorId,
          action: "DOCUMENT_FILE_UPLOADED",
          entityType: "Document",
          entityId: documentId,
          before: null,
          after: {
            fileId: created.id,
            fileName: created.fileName,
            sha256: created.sha256,
            byteSize: created.byteSize,
            textState: created.textState,
            pageCount: created.pageCount,
          },
        });
        await enqueueSearchChange(tx, DOCUMENT_PAGES_INDEX, [documentId]);
        return created;
      });
      return { file };
    } catch (error) {
      // The same file uploaded twice at the same moment: the unique SHA-256 decides, and the file
      // in place (the same bytes) belongs to the upload that won.
      if (error instanceof UniqueConstraintViolationException) {
        return { problem: (await this.duplicateOf(incoming.sha256))! };
      }
      await this.removeUnlessStored(storageKey);
      throw error;
    }
  }

  /** Removes a placed file that no committed row refers to; when that cannot be checked, keeps it. */
  private async removeUnlessStored(storageKey: string): Promise<void> {
    const referenced = await this.em
      .fork()
      .count(DocumentFileEntity, { storageKey })
      .catch(() => 1);
    if (referenced === 0) await this.storage.remove(storageKey);
  }

  private async duplicateOf(sha256: string): Promise<UploadProblem | null> {
    const existing = await this.em.fork().findOne(DocumentFileEntity, { sha256 });
    return existing
      ? {
          status: 409,
          code: "DUPLICATE_FILE",
          message: "this file is already stored",
          documentId: existing.documentId,
        }
      : null;
  }
}
