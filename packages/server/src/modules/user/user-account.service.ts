import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { recordAudit } from "../audit/audit.service";
import { DomainError, InvalidInputError } from "../common/errors";
import { uuidFromGlobalId } from "../common/global-id";
import { assertPageSize, buildConnection, decodeCursor, encodeCursor } from "../common/pagination";
import type { UserError } from "../common/user-error.type";
import type { AuthService } from "./auth.service";
import type { UsersArgs } from "./dto/users.args";
import { UserEntity, type User } from "./user.entity";
import { findUserIdPage } from "./user.repository";

const MAX_QUERY_LENGTH = 200;

/** Every account, by name then e-mail; deactivated ones only when asked for. */
export async function listUsers(em: EntityManager, args: UsersArgs) {
  assertPageSize(args.first);
  const position = args.after ? decodeCursor(args.after, "users") : "0";
  if (!/^\d{1,9}$/.test(position))
    throw new InvalidInputError("after", "is not a cursor returned by this list");
  const text = args.query?.trim() || null;
  if (text && text.length > MAX_QUERY_LENGTH) {
    throw new InvalidInputError("query", `must be at most ${MAX_QUERY_LENGTH} characters long`);
  }
  const offset = Number(position);
  const page = await findUserIdPage(
    em,
    { role: args.role ?? null, text, includeInactive: args.includeInactive },
    args.first,
    offset,
  );
  const rows = await em.find(UserEntity, { id: { $in: page.ids } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const users = page.ids.map((id) => byId.get(id)).filter((user): user is User => Boolean(user));
  return buildConnection(users, (user) => encodeCursor("users", offset + users.indexOf(user) + 1), {
    hasNextPage: offset + users.length < page.totalCount,
    hasPreviousPage: offset > 0,
    totalCount: page.totalCount,
  });
}

export interface UserAccountOutcome {
  user: User | null;
  userErrors: UserError[];
}

const refused = (message: string): UserAccountOutcome => ({
  user: null,
  userErrors: [{ field: ["id"], message }],
});

function userUuid(globalId: string): string | null {
  try {
    return uuidFromGlobalId(globalId, "User", "id");
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/**
 * The account, locked for this transaction. An administrator's change locks every administrator
 * (always in the same order), so two admins deactivating each other cannot both succeed.
 */
async function lockAccount(
  tx: EntityManager,
  id: string,
): Promise<{ user: User | null; activeAdmins: number }> {
  const found = await tx.findOne(UserEntity, { id });
  if (!found) return { user: null, activeAdmins: 0 };
  const locking = { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } as const;
  if (found.role !== "ADMIN") {
    return { user: await tx.findOne(UserEntity, { id }, locking), activeAdmins: 0 };
  }
  const admins = await tx.find(UserEntity, { role: "ADMIN" }, { ...locking, orderBy: { id: "asc" } });
  return {
    user: admins.find((admin) => admin.id === id) ?? null,
    activeAdmins: admins.filter((admin) => admin.isActive).length,
  };
}

/**
 * Deactivates an account and ends all its sessions in one audited transaction: its tokens stop
 * working at once and it cannot sign in. Refused for the caller's own account and the last active
 * administrator; deactivating an inactive account changes nothing.
 */
export async function deactivateUser(
  em: EntityManager,
  authService: AuthService,
  globalId: string,
  actorUserId: string,
): Promise<UserAccountOutcome> {
  const id = userUuid(globalId);
  if (!id) return refused("is not the ID of a user");
  if (id === actorUserId) return refused("is your own account; another administrator must deactivate it");
  return em.transactional(async (tx) => {
    const { user, activeAdmins } = await lockAccount(tx, id);
    if (!user) return refused("no user has this ID");
    if (!user.isActive) return { user, userErrors: [] };
    if (user.role === "ADMIN" && activeAdmins <= 1) {
      return refused("is the last active administrator; make another administrator first");
    }
    await authService.endAllSessions(user.id, tx);
    user.isActive = false;
    recordAudit(tx, {
      actorUserId,
      action: "USER_DEACTIVATED",
      entityType: "User",
      entityId: user.id,
      before: { isActive: true },
      after: { isActive: false },
    });
    return { user, userErrors: [] };
  });
}

/** Lets a deactivated account sign in again (its old sessions stay ended), audited. */
export async function reactivateUser(
  em: EntityManager,
  globalId: string,
  actorUserId: string,
): Promise<UserAccountOutcome> {
  const id = userUuid(globalId);
  if (!id) return refused("is not the ID of a user");
  return em.transactional(async (tx) => {
    const { user } = await lockAccount(tx, id);
    if (!user) return refused("no user has this ID");
    if (user.isActive) return { user, userErrors: [] };
    user.isActive = true;
    recordAudit(tx, {
      actorUserId,
      action: "USER_REACTIVATED",
      entityType: "User",
      entityId: user.id,
      before: { isActive: false },
      after: { isActive: true },
    });
    return { user, userErrors: [] };
  });
}
