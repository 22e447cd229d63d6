import type { FundingKind, ServiceArea, TargetGroup } from "@obserwatorium/schema";

/** One good practice with everything its search document needs, as the source query returns it. */
export interface GoodPracticeRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body_markdown: string;
  service_areas: ServiceArea[];
  target_groups: TargetGroup[];
  funding_kinds: FundingKind[];
  period_from_year: number;
  period_to_year: number | null;
  publication_state: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  is_demo: boolean;
  area_codes: string[];
  /** Names of the units where it was carried out. */
  unit_names: string[];
  /** Names of the organizations that carried it out, in the order given. */
  organization_names: string[];
}

/** Good practices by id (or all when ids is null). */
export const GOOD_PRACTICE_SOURCE_SQL = `
select g.id, g.slug, g.title, g.summary, g.body_markdown, g.service_areas, g.target_groups, g.funding_kinds,
       g.period_from_year, g.period_to_year, g.publication_state, g.is_demo,
       coalesce((select array_agg(a.territorial_unit_code order by a.territorial_unit_code)
                 from good_practice_area a where a.good_practice_id = g.id), '{}') as area_codes,
       coalesce((select array_agg(u.name order by u.code) from good_practice_area a
                 join territorial_unit u on u.code = a.territorial_unit_code
                 where a.good_practice_id = g.id), '{}') as unit_names,
       coalesce((select array_agg(o.name order by l.position) from good_practice_organization l
                 join organization o on o.id = l.organization_id
                 where l.good_practice_id = g.id), '{}') as organization_names
from good_practice g
where $1::uuid[] is null or g.id = any($1::uuid[])
order by g.id`;
