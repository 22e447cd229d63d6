import type { DocumentKind, DocumentStatus } from "@obserwatorium/schema";
import { canSeeUnpublished, type Viewer } from "../common/viewer";
import type { PublicationState } from "../organization/organization.entity";
import type { SqlFragment } from "../common/sql";
import { DOCUMENT_STATUS_SQL, documentStatusParams } from "./document-status";

/** A validated document search; every value ends up as a bound parameter. */
export interface DocumentCriteria {
  publicationStates: readonly PublicationState[];
  today: string;
  ids?: readonly string[];
  /** Order by the position in `ids` (text relevance) rather than by date and title. */
  relevance?: boolean;
  kinds?: readonly DocumentKind[];
  areaCode?: string;
  year?: number;
  statuses?: readonly DocumentStatus[];
}

export function documentVisibility(viewer: Viewer): Pick<DocumentCriteria, "publicationStates"> {
  return { publicationStates: canSeeUnpublished(viewer) ? ["DRAFT", "PUBLISHED"] : ["PUBLISHED"] };
}

export function documentWhere(criteria: DocumentCriteria): SqlFragment {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    conditions.push(sql);
    params.push(...values);
  };
  add("d.publication_state in (?)", [...criteria.publicationStates]);
  if (criteria.ids) add("d.id = any(string_to_array(?, ',')::uuid[])", criteria.ids.join(","));
  if (criteria.kinds?.length) add("d.kind in (?)", [...criteria.kinds]);
  if (criteria.areaCode) add("teryt_overlaps(d.territorial_unit_code, ?)", criteria.areaCode);
  if (criteria.year !== undefined) {
    add(
      `(case when d.period_from_year is null and d.period_to_year is null
          then extract(year from d.adopted_on) = ?
          else coalesce(d.period_from_year, 0) <= ? and coalesce(d.period_to_year, 9999) >= ? end)`,
      criteria.year,
      criteria.year,
      criteria.year,
    );
  }
  if (criteria.statuses?.length) {
    add(`${DOCUMENT_STATUS_SQL} in (?)`, ...documentStatusParams(criteria.today), [...criteria.statuses]);
  }
  return { sql: conditions.join("\n  and "), params };
}

export function documentOrderBy(criteria: DocumentCriteria): SqlFragment {
  return criteria.relevance && criteria.ids
    ? { sql: "array_position(string_to_array(?, ','), d.id::text)", params: [criteria.ids.join(",")] }
    : {
        sql: 'coalesce(d.period_to_year, extract(year from d.adopted_on)::int) desc nulls last, d.title collate "pl-x-icu", d.id',
        params: [],
      };
}
