import { defineEntity, p, type InferEntity } from "@mikro-orm/core";

/** Who changed what and when, with the record before and after. Append-only (database trigger). */
export const AuditEntryEntity = defineEntity({
  name: "AuditEntry",
  tableName: "audit_entry",
  properties: {
    id: p.bigint("string").primary().autoincrement(),
    occurredAt: p.datetime().onCreate(() => new Date()),
    actorUserId: p.uuid().nullable(),
    /** The API key a write was made with; actorUserId then names the key's creator. */
    actorApiKeyId: p.uuid().nullable(),
    action: p.text(),
    entityType: p.text(),
    entityId: p.text(),
    before: p.json<Record<string, unknown>>().nullable(),
    after: p.json<Record<string, unknown>>().nullable(),
  },
});

export type AuditEntry = InferEntity<typeof AuditEntryEntity>;
