import { defineEntity, p, type InferEntity } from "@mikro-orm/core";

/** A sign-in session. Only the SHA-256 of the opaque token is stored. */
export const UserSessionEntity = defineEntity({
  name: "UserSession",
  tableName: "user_session",
  properties: {
    tokenHash: p.string().length(64).primary(),
    userId: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    lastSeenAt: p.datetime().onCreate(() => new Date()),
  },
});

export type UserSession = InferEntity<typeof UserSessionEntity>;
