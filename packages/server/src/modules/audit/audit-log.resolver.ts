import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { PageArgs } from "../common/page.args";
import { fieldChanges } from "../common/field-diff";
import { FieldChangeType } from "../common/field-change.type";
import { ApiKeyType } from "../api-key/api-key.type";
import { UserType } from "../user/user.type";
import type { AuditEntry } from "./audit-entry.entity";
import { AuditLogConnection, AuditLogEntryType } from "./audit-log.type";
import { AuditLogFilter } from "./dto/audit-log-filter.input";

@Resolver(() => AuditLogEntryType)
export class AuditLogResolver {
  @Authorized()
  @Query(() => AuditLogConnection, { description: "Who changed what and when, newest first (editors)" })
  auditLog(
    @Ctx() { auditLog }: RequestContext,
    @Arg("filter", () => AuditLogFilter, { nullable: true, description: "Only entries that match" })
    filter: AuditLogFilter | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ) {
    return auditLog.list(filter, first, after);
  }

  @FieldResolver(() => UserType, {
    nullable: true,
    description: "Who made the change; null for the system, an import or an anonymous report",
  })
  actor(@Root() entry: AuditEntry, @Ctx() { loaders }: RequestContext) {
    return entry.actorUserId ? loaders.user.userById.load(entry.actorUserId) : null;
  }

  @FieldResolver(() => ApiKeyType, {
    nullable: true,
    description: "The API key the change was made with (actor is then the key's creator); null otherwise",
  })
  apiKey(@Root() entry: AuditEntry, @Ctx() { apiKeys }: RequestContext) {
    return entry.actorApiKeyId ? apiKeys.byId(entry.actorApiKeyId) : null;
  }

  @FieldResolver(() => [FieldChangeType], {
    description: "The fields that differ between the recorded before and after, with Polish labels",
  })
  changes(@Root() entry: AuditEntry) {
    const before = entry.before ?? null;
    const after = entry.after ?? null;
    // An update records what it wrote: a field missing from `after` was left alone, not cleared.
    return fieldChanges(before, after, before && after ? Object.keys(after) : undefined);
  }
}
