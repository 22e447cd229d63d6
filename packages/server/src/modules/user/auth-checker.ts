import type { AuthChecker } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { DomainError } from "../common/errors";

/**
 * `@Authorized()`: any signed-in user. `@Authorized("ADMIN")`: only that role (or one of the roles
 * listed). An ADMIN passes every role check: administrators may do whatever editors may.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  const { user } = context.auth;
  if (!user) throw new DomainError("UNAUTHENTICATED", "You must be signed in to do this");
  if (roles.length === 0 || user.role === "ADMIN" || roles.includes(user.role)) return true;
  throw new DomainError("FORBIDDEN", "Your role does not allow this");
};
