import type { AuthChecker } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { DomainError } from "../common/errors";
import { STAFF_ROLES } from "./user.entity";

/**
 * `@Authorized()`: staff, i.e. an EDITOR or ADMIN. `@Authorized("ORGANIZATION_REP")`: only the roles
 * listed. An ADMIN passes every role check: administrators may do whatever editors may. A bare
 * `@Authorized()` deliberately excludes representatives, so that no editor operation opens to them
 * by accident.
 *
 * An API key passes only in mutations, and only with the WRITE scope, in its creator's role capped
 * at EDITOR: the guarded queries and fields (personal data, the audit log, work queues) stay with
 * people signed in to the panel.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context, info }, roles) => {
  const { user, apiKey } = context.auth;
  if (apiKey && (info.operation.operation !== "mutation" || !apiKey.scopes.includes("WRITE"))) {
    throw new DomainError("FORBIDDEN", "This API key's scopes do not allow this");
  }
  if (!user) throw new DomainError("UNAUTHENTICATED", "You must be signed in to do this");
  const allowed = roles.length === 0 ? STAFF_ROLES : roles;
  if (user.role === "ADMIN" || allowed.includes(user.role)) return true;
  throw new DomainError("FORBIDDEN", "Your role does not allow this");
};
