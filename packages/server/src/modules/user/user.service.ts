import { randomUUID } from "node:crypto";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { auditSnapshot, recordAudit } from "../audit/audit.service";
import { InvalidInputError } from "../common/errors";
import { hashPassword, passwordPolicyProblem } from "./password";
import { breachedPasswordProblem } from "./password-blocklist";
import { findUserByEmail } from "./user.repository";
import { USER_ROLES, UserEntity, type User, type UserRole } from "./user.entity";

export interface NewUser {
  email: string;
  displayName: string;
  role: string;
  password: string;
  /** UUID of the organization; required for an ORGANIZATION_REP, not allowed for other roles. */
  organizationId?: string | null;
}

const MAX_EMAIL_LENGTH = 254;
const MAX_DISPLAY_NAME_LENGTH = 200;
// Deliberately simple: one @, no spaces, a dot in the domain. Whether the mailbox exists is not ours to know.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function isUserRole(role: string): role is UserRole {
  return (USER_ROLES as readonly string[]).includes(role);
}

function emailTaken(): InvalidInputError {
  return new InvalidInputError("email", "is already used by another user");
}

/** An ORGANIZATION_REP represents exactly one existing organization; nobody else represents any. */
async function checkRepresentedOrganization(
  em: EntityManager,
  role: UserRole,
  organizationId: string | null,
): Promise<string | null> {
  if (role !== "ORGANIZATION_REP") {
    if (organizationId) throw new InvalidInputError("organizationId", "is only for ORGANIZATION_REP users");
    return null;
  }
  if (!organizationId)
    throw new InvalidInputError("organizationId", "is required for ORGANIZATION_REP users");
  if (!UUID.test(organizationId)) throw new InvalidInputError("organizationId", "must be a UUID");
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>("select id from organization where id = ?", [organizationId], "all");
  if (rows.length === 0) throw new InvalidInputError("organizationId", "no organization has this ID");
  return organizationId;
}

export interface AccountFields {
  email: string;
  displayName: string;
  role: UserRole;
  organizationId: string | null;
}

/** Checks and trims everything about a new account but the password; InvalidInputError names the field. */
export async function checkAccountFields(
  em: EntityManager,
  input: Omit<NewUser, "password">,
): Promise<AccountFields> {
  const email = input.email.trim();
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email)) {
    throw new InvalidInputError("email", "must be an e-mail address like name@example.pl");
  }
  const displayName = input.displayName.trim();
  if (displayName.length === 0) throw new InvalidInputError("displayName", "must not be empty");
  if (displayName.length > MAX_DISPLAY_NAME_LENGTH) {
    throw new InvalidInputError("displayName", `must be at most ${MAX_DISPLAY_NAME_LENGTH} characters long`);
  }
  if (!isUserRole(input.role)) throw new InvalidInputError("role", `must be one of ${USER_ROLES.join(", ")}`);
  const organizationId = await checkRepresentedOrganization(em, input.role, input.organizationId ?? null);
  return { email, displayName, role: input.role, organizationId };
}

export async function assertEmailFree(em: EntityManager, email: string): Promise<void> {
  if (await findUserByEmail(em, email)) throw emailTaken();
}

/**
 * Creates an account after validating every field (InvalidInputError names the first bad one), with
 * an audit entry in the same transaction. `actorUserId` is null when the system or a CLI creates it.
 */
export async function createUser(
  em: EntityManager,
  input: NewUser,
  actorUserId: string | null = null,
): Promise<User> {
  const { email, displayName, role, organizationId } = await checkAccountFields(em, input);
  const passwordProblem =
    passwordPolicyProblem(input.password) ?? breachedPasswordProblem(input.password, { email, displayName });
  if (passwordProblem) throw new InvalidInputError("password", passwordProblem);
  await assertEmailFree(em, email);

  const passwordHash = await hashPassword(input.password);
  try {
    return await em.transactional(async (tx) => {
      const user = tx.create(UserEntity, {
        id: randomUUID(),
        email,
        displayName,
        role,
        organizationId,
        passwordHash,
        isActive: true,
        createdAt: new Date(),
      });
      recordAudit(tx, {
        actorUserId,
        action: "USER_CREATED",
        entityType: "User",
        entityId: user.id,
        before: null,
        after: auditSnapshot(user, ["passwordHash"]),
      });
      return user;
    });
  } catch (error) {
    // Another request created the same e-mail between the check above and this insert.
    if (error instanceof UniqueConstraintViolationException) throw emailTaken();
    throw error;
  }
}
