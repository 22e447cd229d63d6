import type { EntityManager } from "@mikro-orm/postgresql";
import type { AuthenticatedUser } from "../user/auth.service";
import type { UserRole } from "../user/user.entity";
import { hashApiKey, isWellFormedApiKey } from "./api-key-token";
import type { ApiKeyScope } from "./api-key.entity";

/** `last_used_at` is written at most this often per key, not on every request. */
export const API_KEY_TOUCH_INTERVAL_MS = 60 * 1000;

/** A request's key: which one, what it may do, and the person it acts for. */
export interface ApiKeyCaller {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  /** The key's creator with the role the key acts in: at most EDITOR, never more than the creator. */
  actor: AuthenticatedUser;
}

/** A key writes at most what an editor may: administration stays with people signed in. */
const keyRole = (creatorRole: UserRole): UserRole => (creatorRole === "ADMIN" ? "EDITOR" : creatorRole);

/**
 * The live key behind `key`, or null: unknown, revoked, expired, or its creator deactivated.
 * Marks it used (at most once per API_KEY_TOUCH_INTERVAL_MS).
 */
export async function authenticateApiKey(
  em: EntityManager,
  key: string,
  now: Date,
): Promise<ApiKeyCaller | null> {
  if (!isWellFormedApiKey(key)) return null;
  const keyHash = hashApiKey(key);
  const connection = em.getConnection();
  const rows = await connection.execute<
    {
      id: string;
      name: string;
      prefix: string;
      scopes: ApiKeyScope[];
      last_used_at: Date | null;
      user_id: string;
      email: string;
      display_name: string;
      role: UserRole;
      organization_id: string | null;
    }[]
  >(
    `select k.id, k.name, k.prefix, k.scopes, k.last_used_at,
            u.id as user_id, u.email, u.display_name, u.role, u.organization_id
       from api_key k join app_user u on u.id = k.created_by_user_id
      where k.key_hash = ? and k.revoked_at is null and (k.expires_at is null or k.expires_at > ?)
        and u.is_active`,
    [keyHash, now],
  );
  const row = rows[0];
  if (!row) return null;
  const touchBefore = new Date(now.getTime() - API_KEY_TOUCH_INTERVAL_MS);
  if (!row.last_used_at || new Date(row.last_used_at) <= touchBefore) {
    // The condition is repeated in SQL so that concurrent requests write it once.
    await connection.execute(
      `update api_key set last_used_at = ? where id = ? and (last_used_at is null or last_used_at <= ?)`,
      [now, row.id, touchBefore],
      "run",
    );
  }
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    actor: {
      id: row.user_id,
      email: row.email,
      displayName: row.display_name,
      role: keyRole(row.role),
      organizationId: row.organization_id,
    },
  };
}
