import type { DocumentStatus } from "@obserwatorium/schema";
import type { DocumentRecord } from "./document.entity";

type StatusFields = Pick<
  DocumentRecord,
  "stage" | "adoptedOn" | "inForceFrom" | "inForceTo" | "repealedOn" | "periodToYear"
>;

/**
 * Before adoption the stage is the status; after it, dates decide: repealed, expired (the in-force
 * date or the period has ended), in force (from the in-force date, or adoption), else adopted.
 * `documentStatusSql` is the same rule for queries; keep them together.
 */
export function documentStatus(document: StatusFields, today: string): DocumentStatus {
  if (document.repealedOn && document.repealedOn <= today) return "REPEALED";
  if (document.stage !== "ADOPTED") return document.stage;
  if (
    document.inForceTo
      ? document.inForceTo < today
      : (document.periodToYear ?? 9999) < Number(today.slice(0, 4))
  ) {
    return "EXPIRED";
  }
  const from = document.inForceFrom ?? document.adoptedOn;
  return from && from <= today ? "IN_FORCE" : "ADOPTED";
}

/** The status of document `d` on the date bound to each `?` (five parameters, all `today`). */
export const DOCUMENT_STATUS_SQL = `(case
  when d.repealed_on is not null and d.repealed_on <= ?::date then 'REPEALED'
  when d.stage <> 'ADOPTED' then d.stage
  when (case when d.in_force_to is not null then d.in_force_to < ?::date
             else coalesce(d.period_to_year, 9999) < extract(year from ?::date) end) then 'EXPIRED'
  when coalesce(d.in_force_from, d.adopted_on) <= ?::date then 'IN_FORCE'
  else 'ADOPTED' end)`;

export const documentStatusParams = (today: string) => [today, today, today, today];
