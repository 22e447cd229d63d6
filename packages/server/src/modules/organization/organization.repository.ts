import type { EntityManager } from "@mikro-orm/postgresql";
import type { OrganizationOrder } from "./dto/organization-filter.input";
import { organizationOrderBy, organizationWhere, type OrganizationCriteria } from "./organization.query";

export interface OrganizationIdPage {
  ids: string[];
  totalCount: number;
}

export class OrganizationRepository {
  constructor(private readonly em: EntityManager) {}

  /** One page of matching organization IDs in the requested order, and the number of all matches. */
  async findPage(
    criteria: OrganizationCriteria,
    order: OrganizationOrder | "RELEVANCE",
    limit: number,
    offset: number,
  ): Promise<OrganizationIdPage> {
    const where = organizationWhere(criteria);
    const orderBy = organizationOrderBy(order, criteria);
    const rows = await this.em.getConnection().execute<{ id: string; total: string }[]>(
      `select o.id, count(*) over () as total from organization o
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
          `select count(*) as total from organization o where ${where.sql}`,
          where.params,
          "all",
        );
      return { ids: [], totalCount: Number(count?.total ?? 0) };
    }
    return { ids: rows.map((row) => row.id), totalCount: Number(rows[0]?.total ?? 0) };
  }
}
