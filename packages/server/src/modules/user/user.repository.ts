import { raw } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { UserEntity, type User } from "./user.entity";

/** E-mail addresses are unique and compared without regard to case (index on lower(email)). */
export function findUserByEmail(em: EntityManager, email: string): Promise<User | null> {
  return em.findOne(UserEntity, { [raw((alias) => `lower(${alias}.email)`)]: email.trim().toLowerCase() });
}
