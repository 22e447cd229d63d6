import { createHash, randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { FileStorage } from "../document/files/file-storage";
import { writeTextPdf } from "../document/files/pdf-writer";
import { bulkInsert, insertIfEmpty } from "./bulk-insert";
import { DEFAULT_DEMO_DOCUMENTS_SEED, generateDemoDocuments } from "./generate-demo-documents";
import type { DemoPowiat } from "./generate-demo-services";
import { readDemoGminy } from "./load-demo-registry";

export interface DemoDocumentsCounts {
  documents: number;
  pages: number;
}

const DEMO_UPLOADED_AT = "2026-01-02T09:00:00Z";

/**
 * Loads ~150 demo documents, each with a real generated PDF (text layer, Polish letters) kept in file
 * storage, only when there are no documents yet; returns null and changes nothing otherwise.
 */
export function loadDemoDocumentsIfEmpty(
  em: EntityManager,
  storage: FileStorage,
  seed = DEFAULT_DEMO_DOCUMENTS_SEED,
): Promise<DemoDocumentsCounts | null> {
  return insertIfEmpty(em, "document", (tx) => insertDemoDocuments(tx, storage, { seed }));
}

export interface LoadDemoDocumentsOptions {
  seed?: number;
  /** Documents of every gmina and powiat of Poland (the national data set). */
  wholeCountry?: boolean;
  lpdiGminy?: number;
  reportGminy?: number;
}

/** Generates demo documents with their PDFs and inserts them in one transaction. */
export function loadDemoDocuments(
  em: EntityManager,
  storage: FileStorage,
  options: LoadDemoDocumentsOptions,
): Promise<DemoDocumentsCounts> {
  return em.transactional((tx) => insertDemoDocuments(tx, storage, options));
}

async function insertDemoDocuments(
  tx: EntityManager,
  storage: FileStorage,
  {
    seed = DEFAULT_DEMO_DOCUMENTS_SEED,
    wholeCountry = false,
    lpdiGminy,
    reportGminy,
  }: LoadDemoDocumentsOptions,
): Promise<DemoDocumentsCounts> {
  const gminy = await readDemoGminy(tx, wholeCountry);
  const powiaty = await tx.execute<DemoPowiat[]>(
    "select code, name from territorial_unit where length(code) = 4 and code like ? order by code",
    [wholeCountry ? "%" : "20%"],
  );
  const documents = generateDemoDocuments({ seed, gminy, powiaty, lpdiGminy, reportGminy });
  const files: Record<string, unknown>[] = [];
  const pages: { file_id: string; page_number: number; text: string }[] = [];
  for (const document of documents) {
    const bytes = await writeTextPdf(document.title, document.pages);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const storageKey = `${sha256.slice(0, 2)}/${sha256}`;
    await storage.write(storageKey, bytes);
    const fileId = randomUUID();
    files.push({
      id: fileId,
      document_id: document.id,
      file_name: `${document.kind.toLowerCase()}-${document.territorialUnitCode}-${document.periodFromYear ?? ""}.pdf`,
      content_type: "application/pdf",
      byte_size: bytes.length,
      sha256,
      storage_key: storageKey,
      text_state: "EXTRACTED",
      page_count: document.pages.length,
      uploaded_at: DEMO_UPLOADED_AT,
    });
    document.pages.forEach((text, index) => pages.push({ file_id: fileId, page_number: index + 1, text }));
  }
  await bulkInsert(
    tx,
    {
      table: "document",
      columns: [
        ["id", "uuid"],
        ["kind", "text"],
        ["title", "text"],
        ["summary", "text"],
        ["territorial_unit_code", "text"],
        ["period_from_year", "integer"],
        ["period_to_year", "integer"],
        ["stage", "text"],
        ["act_number", "text"],
        ["act_body", "text"],
        ["adopted_on", "date"],
        ["tags", "text[]"],
        ["publication_state", "text"],
        ["is_demo", "boolean"],
      ],
    },
    documents.map((document) => ({
      id: document.id,
      kind: document.kind,
      title: document.title,
      summary: document.summary,
      territorial_unit_code: document.territorialUnitCode,
      period_from_year: document.periodFromYear,
      period_to_year: document.periodToYear,
      stage: document.stage,
      act_number: document.actNumber,
      act_body: document.actBody,
      adopted_on: document.adoptedOn,
      tags: document.tags,
      publication_state: document.publicationState,
      is_demo: true,
    })),
  );
  await bulkInsert(
    tx,
    {
      table: "document_file",
      columns: [
        ["id", "uuid"],
        ["document_id", "uuid"],
        ["file_name", "text"],
        ["content_type", "text"],
        ["byte_size", "bigint"],
        ["sha256", "text"],
        ["storage_key", "text"],
        ["text_state", "text"],
        ["page_count", "integer"],
        ["uploaded_at", "timestamptz"],
      ],
    },
    files,
  );
  await bulkInsert(
    tx,
    {
      table: "document_page",
      columns: [
        ["file_id", "uuid"],
        ["page_number", "integer"],
        ["text", "text"],
      ],
    },
    pages,
  );
  return { documents: documents.length, pages: pages.length };
}
