import type { EntityManager } from "@mikro-orm/postgresql";
import type { CertificateType } from "@obserwatorium/schema";
import type { PublicationState } from "../organization/organization.entity";

export interface CertificateCriteria {
  today: string;
  publicationStates: readonly PublicationState[];
  type?: CertificateType;
  activeOnly?: boolean;
  organizationId?: string;
  areaCode?: string;
  cpvPrefix?: string;
}

export class CertificateRepository {
  constructor(private readonly em: EntityManager) {}

  /** Matching certificate IDs, longest-valid first, with the number of all matches. */
  async findPage(criteria: CertificateCriteria, limit: number, offset: number) {
    const conditions = ["o.publication_state in (?)"];
    const params: unknown[] = [[...criteria.publicationStates]];
    const add = (sql: string, ...values: unknown[]) => {
      conditions.push(sql);
      params.push(...values);
    };
    if (criteria.type) add("c.type = ?", criteria.type);
    if (criteria.activeOnly)
      add("not c.revoked and c.valid_from <= ? and c.valid_to >= ?", criteria.today, criteria.today);
    if (criteria.organizationId) add("c.organization_id = ?", criteria.organizationId);
    if (criteria.areaCode) {
      add(
        `(teryt_overlaps(o.seat_gmina_code, ?) or exists (select 1 from organization_area a
           where a.organization_id = o.id and teryt_overlaps(a.territorial_unit_code, ?)))`,
        criteria.areaCode,
        criteria.areaCode,
      );
    }
    if (criteria.cpvPrefix) {
      add(
        `exists (select 1 from certified_offering co, unnest(co.cpv_codes) as cpv
                 where co.certificate_id = c.id and starts_with(cpv, ?))`,
        criteria.cpvPrefix,
      );
    }
    const rows = await this.em.getConnection().execute<{ id: string; total: string }[]>(
      `select c.id, count(*) over () as total
       from certificate c join organization o on o.id = c.organization_id
       where ${conditions.join(" and ")}
       order by c.valid_to desc, c.number, c.id
       limit ? offset ?`,
      [...params, limit, offset],
      "all",
    );
    return { ids: rows.map((row) => row.id), totalCount: Number(rows[0]?.total ?? 0) };
  }
}
