import { raw } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { findIdPage, type IdPage } from "../common/sql";
import { UserEntity, type User, type UserRole } from "./user.entity";

/** E-mail addresses are unique and compared without regard to case (index on lower(email)). */
export function findUserByEmail(em: EntityManager, email: string): Promise<User | null> {
  return em.findOne(UserEntity, { [raw((alias) => `lower(${alias}.email)`)]: email.trim().toLowerCase() });
}

export interface UserListFilter {
  role: UserRole | null;
  /** Part of the e-mail or name, any letter case; null for everyone. */
  text: string | null;
  includeInactive: boolean;
}

/** One page of account IDs by name, then e-mail, with the number of all matches. */
export function findUserIdPage(
  em: EntityManager,
  filter: UserListFilter,
  limit: number,
  offset: number,
): Promise<IdPage> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (!filter.includeInactive) conditions.push("u.is_active");
  if (filter.role) {
    conditions.push("u.role = ?");
    params.push(filter.role);
  }
  if (filter.text) {
    // strpos, not LIKE: the text is matched as typed, with no wildcard to escape.
    conditions.push("(strpos(lower(u.email), lower(?)) > 0 or strpos(lower(u.display_name), lower(?)) > 0)");
    params.push(filter.text, filter.text);
  }
  return findIdPage(
    em,
    "app_user u",
    { sql: conditions.join(" and ") || "true", params },
    { sql: 'u.display_name collate "pl-x-icu", lower(u.email), u.id', params: [] },
    limit,
    offset,
  );
}
