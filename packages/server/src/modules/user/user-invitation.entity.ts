import { defineEntity, p, type InferEntity } from "@mikro-orm/core";
import { USER_ROLES } from "./user.entity";

/** An account an administrator offered someone; opened once, with a one-time link, before it expires. */
export const UserInvitationEntity = defineEntity({
  name: "UserInvitation",
  tableName: "user_invitation",
  properties: {
    id: p.uuid().primary(),
    tokenHash: p.string().length(64).unique().hidden(),
    email: p.text(),
    displayName: p.text(),
    role: p.enum([...USER_ROLES]),
    organizationId: p.uuid().nullable(),
    invitedByUserId: p.uuid(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    acceptedAt: p.datetime().nullable(),
    acceptedUserId: p.uuid().nullable(),
  },
});

export type UserInvitation = InferEntity<typeof UserInvitationEntity>;
