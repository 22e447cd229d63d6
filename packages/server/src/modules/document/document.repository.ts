import type { EntityManager } from "@mikro-orm/postgresql";
import { documentOrderBy, documentWhere, type DocumentCriteria } from "./document.query";

/** Queries over documents; visibility and filters come in as criteria. */
export class DocumentRepository {
  constructor(private readonly em: EntityManager) {}

  async findPage(criteria: DocumentCriteria, limit: number, offset: number) {
    const where = documentWhere(criteria);
    const orderBy = documentOrderBy(criteria);
    const rows = await this.em.getConnection().execute<{ id: string; total: string }[]>(
      `select d.id, count(*) over () as total from document d
       where ${where.sql}
       order by ${orderBy.sql}
       limit ? offset ?`,
      [...where.params, ...orderBy.params, limit, offset],
      "all",
    );
    if (rows.length === 0 && offset > 0) {
      const [count] = await this.em
        .getConnection()
        .execute<{ total: string }[]>(
          `select count(*) as total from document d where ${where.sql}`,
          where.params,
          "all",
        );
      return { ids: [] as string[], totalCount: Number(count?.total ?? 0) };
    }
    return { ids: rows.map((row) => row.id), totalCount: Number(rows[0]?.total ?? 0) };
  }
}
