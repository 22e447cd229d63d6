import type { CertificateType, LegalForm, PesType } from "@obserwatorium/schema";

/** One organization with everything its search document needs, as the source query returns it. */
export interface OrganizationRow {
  id: string;
  slug: string;
  name: string;
  short_name: string | null;
  legal_form: LegalForm;
  pes_type: PesType;
  publication_state: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  is_active: boolean;
  city: string;
  seat_gmina_code: string;
  description: string;
  is_demo: boolean;
  area_codes: string[];
  offering_names: string[];
  offering_descriptions: string[];
  cpv_codes: string[];
  certificate_types: CertificateType[];
}

/** Organizations by id (or all when ids is null); certificate types count only while active on `today`. */
export const ORGANIZATION_SOURCE_SQL = `
select o.id, o.slug, o.name, o.short_name, o.legal_form, o.pes_type, o.publication_state, o.is_active,
       o.city, o.seat_gmina_code, o.description, o.is_demo,
       coalesce((select array_agg(a.territorial_unit_code order by a.territorial_unit_code)
                 from organization_area a where a.organization_id = o.id), '{}') as area_codes,
       coalesce((select array_agg(f.name order by f.position) from offering f
                 where f.organization_id = o.id), '{}') as offering_names,
       coalesce((select array_agg(f.description order by f.position) from offering f
                 where f.organization_id = o.id), '{}') as offering_descriptions,
       coalesce((select array_agg(distinct cpv) from (
                   select unnest(f.cpv_codes) as cpv from offering f where f.organization_id = o.id
                   union select unnest(co.cpv_codes) from certificate c
                   join certified_offering co on co.certificate_id = c.id where c.organization_id = o.id) codes),
                '{}') as cpv_codes,
       coalesce((select array_agg(distinct c.type) from certificate c
                 where c.organization_id = o.id and not c.revoked
                   and c.valid_from <= $2::date and c.valid_to >= $2::date), '{}') as certificate_types
from organization o
where $1::uuid[] is null or o.id = any($1::uuid[])
order by o.id`;
