import type { EntityManager } from "@mikro-orm/postgresql";
import { InvalidInputError } from "../common/errors";
import { toGlobalId } from "../common/global-id";
import {
  CHANGED_RECORD_TYPES,
  type ChangeKind,
  type ChangedRecordType,
  type RecordChangeFeedType,
} from "./changes.type";

export const MAX_CHANGES_PER_PAGE = 100;
const CURSOR_PREFIX = "change:";

interface AuditRow {
  id: string;
  entity_type: ChangedRecordType;
  entity_id: string;
  action: string;
  occurred_at: Date;
  /** The record's publication state now; null when it no longer exists. */
  state: string | null;
}

// Each record type's current public state, by the audit entry's entity_id; a constant, never input.
const CURRENT_STATE = `case a.entity_type
    when 'Organization' then (select publication_state from organization where id::text = a.entity_id)
    when 'Service' then (select publication_state from service where id::text = a.entity_id)
    when 'Document' then (select publication_state from document where id::text = a.entity_id)
    when 'GoodPractice' then (select publication_state from good_practice where id::text = a.entity_id)
    when 'Event' then (select publication_state from event where id::text = a.entity_id)
    when 'Certificate' then (select o.publication_state from certificate c
      join organization o on o.id = c.organization_id where c.id::text = a.entity_id)
  end`;

export const encodeChangeCursor = (auditId: string) =>
  Buffer.from(`${CURSOR_PREFIX}${auditId}`).toString("base64url");

function decodeChangeCursor(cursor: string | null | undefined): string {
  if (!cursor) return "0";
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  const id = decoded.startsWith(CURSOR_PREFIX) ? decoded.slice(CURSOR_PREFIX.length) : "";
  if (!/^\d{1,18}$/.test(id)) throw new InvalidInputError("since", "is not a cursor of the change feed");
  return id;
}

/**
 * What a partner keeping a copy of the public data must do: a change to a record that is public now
 * is CREATED or UPDATED (fetch it again), archiving one is DELETED; changes to drafts never show.
 */
function changeKind(row: AuditRow): ChangeKind | null {
  if (row.state === "PUBLISHED") return /_(CREATED|ISSUED)$/.test(row.action) ? "CREATED" : "UPDATED";
  return row.action.endsWith("_ARCHIVED") || row.state === null ? "DELETED" : null;
}

/** The change feed, read from the append-only audit log in the order of its entries. */
export async function readChanges(
  em: EntityManager,
  args: { since?: string | null; first: number; types?: readonly ChangedRecordType[] | null },
): Promise<RecordChangeFeedType> {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_CHANGES_PER_PAGE)
    throw new InvalidInputError("first", `must be between 1 and ${MAX_CHANGES_PER_PAGE}`);
  const after = decodeChangeCursor(args.since);
  const types = args.types?.length ? [...new Set(args.types)] : [...CHANGED_RECORD_TYPES];
  const rows = await em.execute<AuditRow[]>(
    `select a.id::text as id, a.entity_type, a.entity_id, a.action, a.occurred_at, ${CURRENT_STATE} as state
     from audit_entry a
     where a.id > ? and a.entity_type in (select jsonb_array_elements_text(?::jsonb))
     order by a.id limit ?`,
    [after, JSON.stringify(types), args.first + 1],
  );
  const page = rows.slice(0, args.first);
  const changes = page.flatMap((row) => {
    const change = changeKind(row);
    return change
      ? [
          {
            cursor: encodeChangeCursor(row.id),
            recordType: row.entity_type,
            recordId: toGlobalId(row.entity_type, row.entity_id),
            change,
            changedAt: new Date(row.occurred_at),
          },
        ]
      : [];
  });
  // Skipped entries (drafts) still move the cursor on: the next call starts after the whole page.
  const lastId = page.at(-1)?.id;
  return {
    changes,
    nextCursor: lastId ? encodeChangeCursor(lastId) : (args.since ?? encodeChangeCursor("0")),
    hasMore: rows.length > args.first,
  };
}
