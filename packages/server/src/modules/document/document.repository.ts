import { findIdPage, type IdPage } from "../common/sql";
import type { EntityManager } from "@mikro-orm/postgresql";
import { documentOrderBy, documentWhere, type DocumentCriteria } from "./document.query";

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
}
