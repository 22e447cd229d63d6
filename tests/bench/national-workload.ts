/** What residents type on the national data set: service kinds with and without a town. */
export const SEARCH_QUERIES = [
  "opieka wytchnieniowa Kraków",
  "klub seniora",
  "asystent rodziny Gdańsk",
  "teleopieka opaska",
  "dzienny dom pomocy Poznań",
  "mieszkanie treningowe",
  "transport door-to-door Lublin",
  "interwencja kryzysowa",
];

export const SEARCH_QUERY = `query ($q: String!) {
  search(query: $q, first: 20) { totalHits hits { type title snippet { text highlighted } } }
}`;

export const LISTING_QUERY = `query ($area: String!, $areas: [ServiceArea!]) {
  services(filter: { areaCode: $area, serviceAreas: $areas }, first: 50) {
    totalCount
    edges { node {
      id title slug cost { kind }
      provider { id name }
      locations { name address { city streetAddress } }
    } }
  }
}`;

/**
 * The listing by hand: the API's filter (published services of published providers, the area's
 * service types, a location in or an area served overlapping the gmina), its order (located in the
 * gmina first, then by title) and the nested provider and locations, as one statement.
 * $1 gmina code, $2 service types, $3 page size.
 */
export const listingSql = `
with matching as (
  select s.id, s.title, s.slug, s.cost_kind, s.provider_organization_id, count(*) over () as total,
    not exists (select 1 from service_location l where l.service_id = s.id and starts_with(l.gmina_code, $1)) as elsewhere
  from service s
  where s.publication_state = 'PUBLISHED'
    and (s.provider_organization_id is null or exists (select 1 from organization o
          where o.id = s.provider_organization_id and o.publication_state = 'PUBLISHED'))
    and s.service_type = any($2::text[])
    and (exists (select 1 from service_location l where l.service_id = s.id and teryt_overlaps(l.gmina_code, $1))
      or exists (select 1 from service_area a where a.service_id = s.id and teryt_overlaps(a.territorial_unit_code, $1)))
  order by elsewhere, s.title collate "pl-x-icu", s.id
  limit $3
)
select m.id, m.title, m.slug, m.cost_kind, m.total::int as total,
  (select json_build_object('id', o.id, 'name', o.name) from organization o where o.id = m.provider_organization_id) as provider,
  (select coalesce(json_agg(json_build_object('name', l.name, 'city', l.city, 'street', l.street_address)
      order by l.position), '[]')
   from service_location l where l.service_id = m.id) as locations
from matching m
order by m.elsewhere, m.title collate "pl-x-icu", m.id`;
