import { Field, ID, ObjectType } from "type-graphql";
import { connectionType } from "../common/connection.type";
import { DateTimeScalar } from "../common/date-time.scalar";

@ObjectType("AuditLogEntry", {
  description: "One recorded change: who, what, when, and which fields changed",
})
export class AuditLogEntryType {
  @Field(() => ID, { description: "Global ID of the entry" })
  id!: string;

  @Field(() => DateTimeScalar, { description: "When the change was written" })
  occurredAt!: Date;

  @Field(() => String, { description: "What happened, e.g. SERVICE_UPDATED, CHANGE_PROPOSED" })
  action!: string;

  @Field(() => String, { description: "The kind of record, e.g. Service" })
  entityType!: string;

  @Field(() => String, { description: "The record's stored ID (a UUID for registry records)" })
  entityId!: string;
}

export const AuditLogConnection = connectionType("AuditLog", AuditLogEntryType);
