import type { SqlFragment } from "../common/sql";
import { canSeeUnpublished, type Viewer } from "../common/viewer";
import type { PublicationState } from "../organization/organization.entity";

/** A validated, normalized search for good practices; every value ends up as a bound parameter. */
export interface GoodPracticeCriteria {
  publicationStates: readonly PublicationState[];
  ids?: readonly string[];
  /** Order by the position in `ids` (ranked by the search engine) rather than newest first. */
  relevance?: boolean;
  slug?: string;
  serviceAreas?: readonly string[];
  targetGroups?: readonly string[];
  areaCode?: string;
  organizationId?: string;
  /** The period reaches this year or later (ongoing practices always do). */
  fromYear?: number;
  /** The period started in this year or earlier. */
  toYear?: number;
}

/** What the viewer may see: published practices; editors also see drafts. */
export function goodPracticeVisibility(viewer: Viewer): GoodPracticeCriteria {
  return {
    publicationStates: canSeeUnpublished(viewer) ? ["DRAFT", "PUBLISHED"] : ["PUBLISHED"],
  };
}

/** Vocabulary codes and UUIDs contain no commas, so a comma-joined parameter becomes a text[] safely. */
const TEXT_ARRAY = "string_to_array(?, ',')";

export function goodPracticeWhere(criteria: GoodPracticeCriteria): SqlFragment {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    conditions.push(sql);
    params.push(...values);
  };

  add("g.publication_state in (?)", [...criteria.publicationStates]);
  if (criteria.ids) add(`g.id = any(${TEXT_ARRAY}::uuid[])`, criteria.ids.join(","));
  if (criteria.slug) add("g.slug = ?", criteria.slug);
  if (criteria.serviceAreas?.length) add(`g.service_areas && ${TEXT_ARRAY}`, criteria.serviceAreas.join(","));
  if (criteria.targetGroups?.length) add(`g.target_groups && ${TEXT_ARRAY}`, criteria.targetGroups.join(","));
  if (criteria.areaCode) {
    add(
      `exists (select 1 from good_practice_area a
               where a.good_practice_id = g.id and teryt_overlaps(a.territorial_unit_code, ?))`,
      criteria.areaCode,
    );
  }
  if (criteria.organizationId) {
    add(
      `exists (select 1 from good_practice_organization o
               where o.good_practice_id = g.id and o.organization_id = ?::uuid)`,
      criteria.organizationId,
    );
  }
  if (criteria.fromYear !== undefined)
    add("(g.period_to_year is null or g.period_to_year >= ?)", criteria.fromYear);
  if (criteria.toYear !== undefined) add("g.period_from_year <= ?", criteria.toYear);
  return { sql: conditions.join("\n  and "), params };
}

const NEWEST_FIRST_SQL = 'g.period_from_year desc, g.title collate "pl-x-icu", g.id';

/** Order of the rows: by the rank of `ids` (text relevance), or the most recent start first. */
export function goodPracticeOrderBy(criteria: GoodPracticeCriteria): SqlFragment {
  if (criteria.relevance && criteria.ids) {
    return { sql: "array_position(string_to_array(?, ','), g.id::text)", params: [criteria.ids.join(",")] };
  }
  return { sql: NEWEST_FIRST_SQL, params: [] };
}
