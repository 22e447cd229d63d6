import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import { UserEntity, type User } from "./user.entity";

export interface UserLoaders {
  userById: DataLoader<string, User | null>;
}

/** Per-request batching: the authors, reviewers and actors of a page of records cost one query. */
export function createUserLoaders(em: EntityManager): UserLoaders {
  return {
    userById: new DataLoader(async (ids) => {
      const rows = await em.find(UserEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
