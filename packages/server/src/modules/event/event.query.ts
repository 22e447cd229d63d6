import type { SqlFragment } from "../common/sql";
import { canSeeUnpublished, type Viewer } from "../common/viewer";
import type { PublicationState } from "../organization/organization.entity";

/** A validated, normalized search for events; every value ends up as a bound parameter. */
export interface EventCriteria {
  publicationStates: readonly PublicationState[];
  ids?: readonly string[];
  slug?: string;
  kinds?: readonly string[];
  topics?: readonly string[];
  serviceAreas?: readonly string[];
  audiences?: readonly string[];
  areaCode?: string;
  /** Ends after this instant. */
  from?: Date;
  /** Starts at or before this instant. */
  to?: Date;
  /** Registration open (or not) at `now`. */
  openForRegistration?: { open: boolean; now: Date };
  organizerId?: string;
}

/** What the viewer may see: published events; editors also see drafts. */
export function eventVisibility(viewer: Viewer): EventCriteria {
  return { publicationStates: canSeeUnpublished(viewer) ? ["DRAFT", "PUBLISHED"] : ["PUBLISHED"] };
}

/** Vocabulary codes and UUIDs contain no commas, so a comma-joined parameter becomes a text[] safely. */
const TEXT_ARRAY = "string_to_array(?, ',')";

/** The same rule as registrationState: published, not over, inside the window (closing at the start by default). */
const OPEN_FOR_REGISTRATION = `(e.publication_state = 'PUBLISHED' and e.ends_at > ?
  and (e.registration_opens_at is null or e.registration_opens_at <= ?)
  and coalesce(e.registration_closes_at, e.starts_at) > ?)`;

export function eventWhere(criteria: EventCriteria): SqlFragment {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    conditions.push(sql);
    params.push(...values);
  };
  const overlaps = (column: string, values: readonly string[] | undefined) => {
    if (values?.length) add(`e.${column} && ${TEXT_ARRAY}`, values.join(","));
  };

  add("e.publication_state in (?)", [...criteria.publicationStates]);
  if (criteria.ids) add(`e.id = any(${TEXT_ARRAY}::uuid[])`, criteria.ids.join(","));
  if (criteria.slug) add("e.slug = ?", criteria.slug);
  if (criteria.kinds?.length) add(`e.kind = any(${TEXT_ARRAY})`, criteria.kinds.join(","));
  overlaps("topics", criteria.topics);
  overlaps("service_areas", criteria.serviceAreas);
  overlaps("audiences", criteria.audiences);
  if (criteria.areaCode)
    add("e.gmina_code is not null and teryt_overlaps(e.gmina_code, ?)", criteria.areaCode);
  if (criteria.from) add("e.ends_at > ?", criteria.from);
  if (criteria.to) add("e.starts_at <= ?", criteria.to);
  if (criteria.openForRegistration) {
    const { open, now } = criteria.openForRegistration;
    add(open ? OPEN_FOR_REGISTRATION : `not ${OPEN_FOR_REGISTRATION}`, now, now, now);
  }
  if (criteria.organizerId) add("e.organizer_organization_id = ?::uuid", criteria.organizerId);
  return { sql: conditions.join("\n  and "), params };
}

/** Soonest first: a calendar reads forwards. */
export const EVENT_ORDER: SqlFragment = {
  sql: 'e.starts_at, e.title collate "pl-x-icu", e.id',
  params: [],
};
