import { randomUUID } from "node:crypto";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { auditSnapshot, recordAudit } from "../audit/audit.service";
import { InvalidInputError } from "../common/errors";
import { hashPassword, passwordPolicyProblem } from "./password";
import { findUserByEmail } from "./user.repository";
import { USER_ROLES, UserEntity, type User, type UserRole } from "./user.entity";

export interface NewUser {
  email: string;
  displayName: string;
  role: string;
  password: string;
}

const MAX_EMAIL_LENGTH = 254;
const MAX_DISPLAY_NAME_LENGTH = 200;
// Deliberately simple: one @, no spaces, a dot in the domain. Whether the mailbox exists is not ours to know.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

function isUserRole(role: string): role is UserRole {
  return (USER_ROLES as readonly string[]).includes(role);
}

function emailTaken(): InvalidInputError {
  return new InvalidInputError("email", "is already used by another user");
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
  const passwordProblem = passwordPolicyProblem(input.password);
  if (passwordProblem) throw new InvalidInputError("password", passwordProblem);
  if (await findUserByEmail(em, email)) throw emailTaken();

  const passwordHash = await hashPassword(input.password);
  try {
    return await em.transactional(async (tx) => {
      const user = tx.create(UserEntity, {
        id: randomUUID(),
        email,
        displayName,
        role: input.role as UserRole,
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
