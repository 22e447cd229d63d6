import type { EntityManager } from "@mikro-orm/postgresql";
import { goodPracticeOrderBy, goodPracticeWhere, type GoodPracticeCriteria } from "./good-practice.query";

export interface GoodPracticeIdPage {
  ids: string[];
  totalCount: number;
}

export class GoodPracticeRepository {
  constructor(private readonly em: EntityManager) {}

  /** One page of matching IDs (newest first or by relevance), and the number of all matches. */
  async findPage(criteria: GoodPracticeCriteria, limit: number, offset: number): Promise<GoodPracticeIdPage> {
    const where = goodPracticeWhere(criteria);
    const orderBy = goodPracticeOrderBy(criteria);
    const connection = this.em.getConnection();
    const rows = await connection.execute<{ id: string; total: string }[]>(
      `select g.id, count(*) over () as total from good_practice g
       where ${where.sql}
       order by ${orderBy.sql}
       limit ? offset ?`,
      [...where.params, ...orderBy.params, limit, offset],
      "all",
    );
    if (rows.length === 0 && offset > 0) {
      const [count] = await connection.execute<{ total: string }[]>(
        `select count(*) as total from good_practice g where ${where.sql}`,
        where.params,
        "all",
      );
      return { ids: [], totalCount: Number(count?.total ?? 0) };
    }
    return { ids: rows.map((row) => row.id), totalCount: Number(rows[0]?.total ?? 0) };
  }
}
