import type { EntityManager } from "@mikro-orm/postgresql";
import { InvalidInputError } from "../common/errors";
import { fromGlobalId, uuidFromGlobalId } from "../common/global-id";
import { assertPageSize, buildConnection, decodeCursor, encodeCursor } from "../common/pagination";
import type { AuditLogFilter } from "./dto/audit-log-filter.input";
import { AuditEntryEntity } from "./audit-entry.entity";

const GLOBAL_ID = /^[A-Za-z0-9_-]+$/;

/** A global ID of this API names the record by its stored ID; anything else is taken as stored. */
function storedEntityId(entityId: string): string {
  if (!GLOBAL_ID.test(entityId)) return entityId;
  try {
    const decoded = fromGlobalId(entityId, "filter.entityId");
    return /^[A-Z][A-Za-z]+$/.test(decoded.type) ? decoded.id : entityId;
  } catch {
    return entityId;
  }
}

/** Reads the append-only audit log, newest first; there is deliberately no way to change it. */
export class AuditLogService {
  constructor(private readonly em: EntityManager) {}

  async list(filter: AuditLogFilter | null | undefined, first: number, after: string | null | undefined) {
    assertPageSize(first);
    const where: Record<string, unknown> = {};
    if (filter?.entityType) where.entityType = filter.entityType;
    if (filter?.entityId)
      where.entityId = { $in: [...new Set([filter.entityId, storedEntityId(filter.entityId)])] };
    if (filter?.actorUserId)
      where.actorUserId = uuidFromGlobalId(filter.actorUserId, "User", "filter.actorUserId");
    if (filter?.from && filter?.to && filter.from > filter.to) {
      throw new InvalidInputError("filter.to", "must not be before filter.from");
    }
    const occurredAt = {
      ...(filter?.from ? { $gte: filter.from } : {}),
      ...(filter?.to ? { $lt: filter.to } : {}),
    };
    if (Object.keys(occurredAt).length) where.occurredAt = occurredAt;
    const totalCount = await this.em.count(AuditEntryEntity, where);
    const before = after ? decodeCursor(after, "audit") : null;
    if (before !== null && !/^\d+$/.test(before))
      throw new InvalidInputError("after", "is not a cursor returned by this list");
    // IDs grow with every entry: newest first is descending ID, and a cursor is the last ID seen.
    const entries = await this.em.find(AuditEntryEntity, before ? { ...where, id: { $lt: before } } : where, {
      orderBy: { id: "desc" },
      limit: first + 1,
    });
    const page = entries.slice(0, first);
    return buildConnection(page, (entry) => encodeCursor("audit", entry.id), {
      hasNextPage: entries.length > first,
      hasPreviousPage: before !== null,
      totalCount,
    });
  }
}
