import { findIdPage, type IdPage } from "../common/sql";
import type { EntityManager } from "@mikro-orm/postgresql";
import { documentOrderBy, documentWhere, type DocumentCriteria } from "./document.query";
import { DocumentFileEntity, type DocumentFile } from "./files/document-file.entity";

/** Queries over documents; visibility and filters come in as criteria. */
export class DocumentRepository {
  constructor(private readonly em: EntityManager) {}

  /** One page of matching IDs and the number of all matches. */
  findPage(criteria: DocumentCriteria, limit: number, offset: number): Promise<IdPage> {
    return findIdPage(
      this.em,
      "document d",
      documentWhere(criteria),
      documentOrderBy(criteria),
      limit,
      offset,
    );
  }

  findFile(id: string): Promise<DocumentFile | null> {
    return this.em.findOne(DocumentFileEntity, { id });
  }
}
