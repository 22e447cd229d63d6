import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import {
  DocumentEntity,
  DocumentOrganizationEntity,
  DocumentServiceEntity,
  type DocumentRecord,
} from "./document.entity";
import {
  DocumentFileEntity,
  DocumentPageEntity,
  type DocumentFile,
  type DocumentPage,
} from "./files/document-file.entity";

export interface DocumentLoaders {
  documentById: DataLoader<string, DocumentRecord | null>;
  filesByDocument: DataLoader<string, DocumentFile[]>;
  organizationIdsByDocument: DataLoader<string, string[]>;
  serviceIdsByDocument: DataLoader<string, string[]>;
  /** Keyed by `<fileId>:<pageNumber>`. */
  pageByKey: DataLoader<string, DocumentPage | null>;
}

function grouped<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

/** Per-request batching: a page of documents with files and relations costs one query per relation. */
export function createDocumentLoaders(em: EntityManager): DocumentLoaders {
  return {
    documentById: new DataLoader(async (ids) => {
      const rows = await em.find(DocumentEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    filesByDocument: new DataLoader(async (ids) =>
      grouped(
        ids,
        await em.find(
          DocumentFileEntity,
          { documentId: { $in: [...ids] } },
          { orderBy: { uploadedAt: "asc", id: "asc" } },
        ),
        (row) => row.documentId,
      ),
    ),
    organizationIdsByDocument: new DataLoader(async (ids) =>
      grouped(
        ids,
        await em.find(DocumentOrganizationEntity, { documentId: { $in: [...ids] } }),
        (row) => row.documentId,
      ).map((rows) => rows.map((row) => row.organizationId)),
    ),
    serviceIdsByDocument: new DataLoader(async (ids) =>
      grouped(
        ids,
        await em.find(DocumentServiceEntity, { documentId: { $in: [...ids] } }),
        (row) => row.documentId,
      ).map((rows) => rows.map((row) => row.serviceId)),
    ),
    pageByKey: new DataLoader(async (keys) => {
      const wanted = keys.map((key) => {
        const [fileId, page] = key.split(":");
        return { fileId: fileId!, pageNumber: Number(page) };
      });
      const rows = await em.find(DocumentPageEntity, { $or: wanted });
      const byKey = new Map(rows.map((row) => [`${row.fileId}:${row.pageNumber}`, row]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
  };
}
