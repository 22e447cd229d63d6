import { defineEntity, p, type InferEntity } from "@mikro-orm/core";

export const USER_ROLES = ["ADMIN", "EDITOR", "ORGANIZATION_REP"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Roles that maintain the whole hub; an ORGANIZATION_REP only proposes changes to its own organization. */
export const STAFF_ROLES: readonly UserRole[] = ["ADMIN", "EDITOR"];

export function isStaffRole(role: UserRole): boolean {
  return STAFF_ROLES.includes(role);
}

export const UserEntity = defineEntity({
  name: "User",
  tableName: "app_user",
  properties: {
    id: p.uuid().primary(),
    email: p.text(),
    displayName: p.text(),
    passwordHash: p.text().hidden(),
    role: p.enum([...USER_ROLES]),
    /** The organization an ORGANIZATION_REP represents; null for every other role. */
    organizationId: p.uuid().nullable(),
    isActive: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastLoginAt: p.datetime().nullable(),
  },
});

export type User = InferEntity<typeof UserEntity>;
