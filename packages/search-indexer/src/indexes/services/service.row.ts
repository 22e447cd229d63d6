import type {
  AccessibilityFeature,
  CostKind,
  DeliveryMode,
  ServiceType,
  TargetGroup,
} from "@obserwatorium/schema";

/** One service with everything its search document needs, as the source query returns it. */
export interface ServiceRow {
  id: string;
  slug: string;
  title: string;
  description: string;
  service_type: ServiceType;
  publication_state: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  target_groups: TargetGroup[];
  cost_kind: CostKind;
  delivery_modes: DeliveryMode[];
  languages: string[];
  accessibility_features: AccessibilityFeature[];
  is_demo: boolean;
  provider_name: string | null;
  /** Gmina codes of the locations, in location order. */
  location_gmina_codes: string[];
  location_cities: string[];
  /** Coordinates of the first location, when it has them. */
  latitude: number | null;
  longitude: number | null;
  area_codes: string[];
  /** Names of the locations' gminy and of the units served. */
  unit_names: string[];
  /** Days since 1970-01-01 of last_verified_at; 0 when never verified. */
  verified_day: number;
}

/** Services by id (or all when ids is null). */
export const SERVICE_SOURCE_SQL = `
select s.id, s.slug, s.title, s.description, s.service_type, s.publication_state, s.target_groups,
       s.cost_kind, s.delivery_modes, s.languages, s.accessibility_features, s.is_demo,
       coalesce(s.last_verified_at - date '1970-01-01', 0) as verified_day,
       (select o.name from organization o where o.id = s.provider_organization_id) as provider_name,
       coalesce((select array_agg(l.gmina_code order by l.position, l.id) from service_location l
                 where l.service_id = s.id), '{}') as location_gmina_codes,
       coalesce((select array_agg(l.city order by l.position, l.id) from service_location l
                 where l.service_id = s.id), '{}') as location_cities,
       (select l.latitude from service_location l where l.service_id = s.id
        order by l.position, l.id limit 1) as latitude,
       (select l.longitude from service_location l where l.service_id = s.id
        order by l.position, l.id limit 1) as longitude,
       coalesce((select array_agg(a.territorial_unit_code order by a.territorial_unit_code)
                 from service_area a where a.service_id = s.id), '{}') as area_codes,
       coalesce((select array_agg(distinct u.name) from territorial_unit u
                 where u.code in (select l.gmina_code from service_location l where l.service_id = s.id
                                  union select a.territorial_unit_code from service_area a
                                  where a.service_id = s.id)), '{}') as unit_names
from service s
where $1::uuid[] is null or s.id = any($1::uuid[])
order by s.id`;
