import type { AuthChecker } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { DomainError } from "../common/errors";
import { STAFF_ROLES } from "./user.entity";

/**
 * `@Authorized()`: staff, i.e. an EDITOR or ADMIN. `@Authorized("ORGANIZATION_REP")`: only the roles
 * listed. An ADMIN passes every role check: administrators may do whatever editors may. A bare
 * `@Authorized()` deliberately excludes representatives, so that no editor operation opens to them
 * by accident.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  const { user } = context.auth;
  if (!user) throw new DomainError("UNAUTHENTICATED", "You must be signed in to do this");
  const allowed = roles.length === 0 ? STAFF_ROLES : roles;
  if (user.role === "ADMIN" || allowed.includes(user.role)) return true;
  throw new DomainError("FORBIDDEN", "Your role does not allow this");
};
