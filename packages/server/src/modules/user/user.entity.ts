import { defineEntity, p, type InferEntity } from "@mikro-orm/core";

export const USER_ROLES = ["ADMIN", "EDITOR"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const UserEntity = defineEntity({
  name: "User",
  tableName: "app_user",
  properties: {
    id: p.uuid().primary(),
    email: p.text(),
    displayName: p.text(),
    passwordHash: p.text().hidden(),
    role: p.enum([...USER_ROLES]),
    isActive: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastLoginAt: p.datetime().nullable(),
  },
});

export type User = InferEntity<typeof UserEntity>;
