import type { SqlFragment } from "../common/sql";
import { canSeeUnpublished, type Viewer } from "../common/viewer";
import type { PublicationState } from "../organization/organization.entity";

/** A validated, normalized service search; every value ends up as a bound parameter. */
export interface ServiceCriteria {
  publicationStates: readonly PublicationState[];
  /** Providers must be in one of these states; anonymous callers see published providers only. */
  providerStates: readonly PublicationState[];
  ids?: readonly string[];
  /** Order by the position in `ids` (ranked by the search engine) rather than by title. */
  relevance?: boolean;
  slug?: string;
  serviceTypes?: readonly string[];
  /** Types derived from the requested areas; intersected with `serviceTypes`. */
  areaServiceTypes?: readonly string[];
  targetGroups?: readonly string[];
  areaCode?: string;
  freeOnly?: boolean;
  deliveryModes?: readonly string[];
  accessibilityFeatures?: readonly string[];
  languages?: readonly string[];
  providerId?: string;
  /** Changed at or after this moment (HSDS `modified_after`). */
  modifiedAfter?: Date;
  near?: Near;
  /** Order by the distance of the nearest location to `near`. */
  byDistance?: boolean;
  /** Weekly hours cover this time; `date` makes that date's exceptions replace the weekly hours. */
  openAt?: readonly OpenAt[];
}

/** What the viewer may see: published services of published (or no) providers, drafts for editors. */
export function serviceVisibility(viewer: Viewer): ServiceCriteria {
  const states = canSeeUnpublished(viewer) ? (["DRAFT", "PUBLISHED"] as const) : (["PUBLISHED"] as const);
  return { publicationStates: states, providerStates: states };
}

export interface Near {
  latitude: number;
  longitude: number;
  radiusKm: number;
}

export interface OpenAt {
  weekday: number;
  time: string;
  date?: string;
}

/** Vocabulary codes contain no commas, so a comma-joined parameter becomes a text[] safely. */
const TEXT_ARRAY = "string_to_array(?, ',')";

/** A location of the service is open at `at`; on a given date, that date's exceptions win. */
function openAtSql(at: OpenAt): SqlFragment {
  const weekly = `exists (select 1 from service_opening_hours h
      where h.location_id = l.id and h.weekday = ? and h.opens <= ?::time and h.closes > ?::time)`;
  const weeklyParams = [at.weekday, at.time, at.time];
  if (!at.date) {
    return {
      sql: `exists (select 1 from service_location l where l.service_id = s.id and ${weekly})`,
      params: weeklyParams,
    };
  }
  return {
    sql: `exists (select 1 from service_location l where l.service_id = s.id and case
      when exists (select 1 from service_opening_exception e where e.location_id = l.id and e.date = ?::date)
      then exists (select 1 from service_opening_exception e where e.location_id = l.id and e.date = ?::date
                   and not e.closed and e.opens <= ?::time and e.closes > ?::time)
      else ${weekly} end)`,
    params: [at.date, at.date, at.time, at.time, ...weeklyParams],
  };
}

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_LATITUDE = (Math.PI / 180) * EARTH_RADIUS_KM;

/** Haversine distance in km from location `l` to the point; three parameters: lat, lat, lon. */
const DISTANCE_SQL = `(${EARTH_RADIUS_KM} * 2 * asin(least(1, sqrt(
    power(sin(radians(l.latitude - ?) / 2), 2)
    + cos(radians(?)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ?) / 2), 2)))))`;
const distanceParams = (near: Near) => [near.latitude, near.latitude, near.longitude];

/** A location with coordinates within the radius; the latitude band lets the planner skip most rows. */
function nearSql(near: Near): SqlFragment {
  const band = near.radiusKm / KM_PER_DEGREE_LATITUDE;
  return {
    sql: `exists (select 1 from service_location l where l.service_id = s.id
      and l.latitude between ? and ? and ${DISTANCE_SQL} <= ?)`,
    params: [near.latitude - band, near.latitude + band, ...distanceParams(near), near.radiusKm],
  };
}

export function serviceWhere(criteria: ServiceCriteria): SqlFragment {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    conditions.push(sql);
    params.push(...values);
  };

  add("s.publication_state in (?)", [...criteria.publicationStates]);
  add(
    `(s.provider_organization_id is null or exists (select 1 from organization o
       where o.id = s.provider_organization_id and o.publication_state in (?)))`,
    [...criteria.providerStates],
  );
  if (criteria.ids) add(`s.id = any(${TEXT_ARRAY}::uuid[])`, criteria.ids.join(","));
  if (criteria.slug) add("s.slug = ?", criteria.slug);
  if (criteria.serviceTypes?.length) add("s.service_type in (?)", [...criteria.serviceTypes]);
  if (criteria.areaServiceTypes) {
    // Areas without any service type yet match nothing, rather than everything.
    if (criteria.areaServiceTypes.length) add("s.service_type in (?)", [...criteria.areaServiceTypes]);
    else add("false");
  }
  if (criteria.targetGroups?.length) add(`s.target_groups && ${TEXT_ARRAY}`, criteria.targetGroups.join(","));
  if (criteria.areaCode) {
    add(
      `(exists (select 1 from service_location l
                where l.service_id = s.id and teryt_overlaps(l.gmina_code, ?))
        or exists (select 1 from service_area a
                   where a.service_id = s.id and teryt_overlaps(a.territorial_unit_code, ?)))`,
      criteria.areaCode,
      criteria.areaCode,
    );
  }
  if (criteria.freeOnly) add("s.cost_kind = 'FREE'");
  if (criteria.deliveryModes?.length) {
    add(`s.delivery_modes && ${TEXT_ARRAY}`, criteria.deliveryModes.join(","));
  }
  if (criteria.accessibilityFeatures?.length) {
    add(`s.accessibility_features @> ${TEXT_ARRAY}`, criteria.accessibilityFeatures.join(","));
  }
  if (criteria.languages?.length) add(`s.languages && ${TEXT_ARRAY}`, criteria.languages.join(","));
  if (criteria.providerId) add("s.provider_organization_id = ?", criteria.providerId);
  if (criteria.modifiedAfter) add("s.updated_at >= ?", criteria.modifiedAfter);
  if (criteria.near) {
    const fragment = nearSql(criteria.near);
    add(fragment.sql, ...fragment.params);
  }
  for (const at of criteria.openAt ?? []) {
    const fragment = openAtSql(at);
    add(fragment.sql, ...fragment.params);
  }
  return { sql: conditions.join("\n  and "), params };
}

export const SERVICE_ORDER_SQL = 's.title collate "pl-x-icu", s.id';

/**
 * Order of the rows: by the rank of `ids` (text relevance), by distance to `near`, or by title with
 * the services located in the chosen area first.
 */
export function serviceOrderBy(criteria: ServiceCriteria): SqlFragment {
  if (criteria.relevance && criteria.ids) {
    return { sql: "array_position(string_to_array(?, ','), s.id::text)", params: [criteria.ids.join(",")] };
  }
  if (criteria.byDistance && criteria.near) {
    return {
      sql: `(select min(${DISTANCE_SQL}) from service_location l
              where l.service_id = s.id and l.latitude is not null) nulls last, ${SERVICE_ORDER_SQL}`,
      params: distanceParams(criteria.near),
    };
  }
  if (criteria.areaCode) {
    // Services located in the chosen area before those that only serve it from elsewhere.
    return {
      sql: `not exists (select 1 from service_location l
              where l.service_id = s.id and starts_with(l.gmina_code, ?)), ${SERVICE_ORDER_SQL}`,
      params: [criteria.areaCode],
    };
  }
  return { sql: SERVICE_ORDER_SQL, params: [] };
}
