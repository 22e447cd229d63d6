import { findIdPage, type IdPage } from "../common/sql";
import type { EntityManager } from "@mikro-orm/postgresql";
import { serviceOrderBy, serviceWhere, type ServiceCriteria } from "./service.query";

export class ServiceRepository {
  constructor(private readonly em: EntityManager) {}

  /** One page of matching service IDs (by title or relevance), and the number of all matches. */
  /** One page of matching IDs and the number of all matches. */
  findPage(criteria: ServiceCriteria, limit: number, offset: number): Promise<IdPage> {
    return findIdPage(this.em, "service s", serviceWhere(criteria), serviceOrderBy(criteria), limit, offset);
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
