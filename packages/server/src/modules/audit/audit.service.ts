import { Utils, wrap } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { currentApiKeyId } from "./audit-actor";
import { AuditEntryEntity } from "./audit-entry.entity";

export interface AuditRecord {
  /** Null for changes made by the system or a command-line task. */
  actorUserId: string | null;
  /** What happened, e.g. "USER_CREATED", "ORGANIZATION_UPDATED". */
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Adds an audit entry to the caller's unit of work; it is written by the caller's flush, in the same
 * transaction as the change it describes (or not at all).
 */
export function recordAudit(em: EntityManager, record: AuditRecord): void {
  const entry = em.create(AuditEntryEntity, {
    actorUserId: record.actorUserId,
    actorApiKeyId: currentApiKeyId(),
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    before: record.before,
    after: record.after,
  });
  em.persist(entry);
}

/** Properties never copied into the audit log, whatever the caller asks. */
const NEVER_RECORDED = new Set(["password", "passwordHash"]);

const isEntity = (value: object): boolean => Utils.isEntity(value);

function plain(value: unknown, seen: WeakSet<object>): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value !== "object") return undefined; // functions, symbols
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  // A related entity is recorded by its primary key, not copied (it has its own audit trail).
  if (isEntity(value)) return plain(wrap(value, true).getPrimaryKey(), seen);
  if (seen.has(value)) return "[circular]";
  seen.add(value);
  try {
    if (Buffer.isBuffer(value)) return value.toString("base64");
    if (Array.isArray(value)) return value.map((item) => plain(item, seen) ?? null);
    if (value instanceof Map) return plain(Object.fromEntries(value), seen);
    if (value instanceof Set) return plain([...value], seen);
    return copyProperties(value, [], seen);
  } finally {
    seen.delete(value);
  }
}

function copyProperties(source: object, omit: readonly string[], seen: WeakSet<object>) {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (omit.includes(key) || NEVER_RECORDED.has(key)) continue;
    const converted = plain(value, seen);
    if (converted !== undefined) copy[key] = converted;
  }
  return copy;
}

/**
 * A JSON-safe plain copy of an entity (or any object) for `before`/`after`: own enumerable
 * properties, Dates as ISO strings, bigints as strings, related entities as their primary key,
 * `omit`ted and password properties left out.
 */
export function auditSnapshot(entity: object, omit: readonly string[] = []): Record<string, unknown> {
  const seen = new WeakSet<object>([entity]);
  return copyProperties(entity, omit, seen);
}
