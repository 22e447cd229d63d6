import type { EntityManager } from "@mikro-orm/postgresql";
import { serviceOrderBy, serviceWhere, type ServiceCriteria } from "./service.query";

export interface ServiceIdPage {
  ids: string[];
  totalCount: number;
}

export class ServiceRepository {
  constructor(private readonly em: EntityManager) {}

  /** One page of matching service IDs (by title or relevance), and the number of all matches. */
  async findPage(criteria: ServiceCriteria, limit: number, offset: number): Promise<ServiceIdPage> {
    const where = serviceWhere(criteria);
    const orderBy = serviceOrderBy(criteria);
    const connection = this.em.getConnection();
    const rows = await connection.execute<{ id: string; total: string }[]>(
      `select s.id, count(*) over () as total from service s
       where ${where.sql}
       order by ${orderBy.sql}
       limit ? offset ?`,
      [...where.params, ...orderBy.params, limit, offset],
      "all",
    );
    if (rows.length === 0 && offset > 0) {
      const [count] = await connection.execute<{ total: string }[]>(
        `select count(*) as total from service s where ${where.sql}`,
        where.params,
        "all",
      );
      return { ids: [], totalCount: Number(count?.total ?? 0) };
    }
    return { ids: rows.map((row) => row.id), totalCount: Number(rows[0]?.total ?? 0) };
  }

  /** Visible services per service type, in one grouped query. */
  async countByType(criteria: ServiceCriteria): Promise<Map<string, number>> {
    const where = serviceWhere(criteria);
    const rows = await this.em
      .getConnection()
      .execute<{ service_type: string; count: string }[]>(
        `select s.service_type, count(*) as count from service s where ${where.sql} group by s.service_type`,
        where.params,
        "all",
      );
    return new Map(rows.map((row) => [row.service_type, Number(row.count)]));
  }

  /** Visible services per target group, in one grouped query. */
  async countByTargetGroup(criteria: ServiceCriteria): Promise<Map<string, number>> {
    const where = serviceWhere(criteria);
    const rows = await this.em.getConnection().execute<{ target_group: string; count: string }[]>(
      `select g.target_group, count(*) as count from service s, unnest(s.target_groups) g(target_group)
         where ${where.sql} group by g.target_group`,
      where.params,
      "all",
    );
    return new Map(rows.map((row) => [row.target_group, Number(row.count)]));
  }
}
