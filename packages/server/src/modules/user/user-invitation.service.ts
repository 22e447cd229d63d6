import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { recordAudit } from "../audit/audit.service";
import type { Clock } from "../common/clock";
import { InvalidInputError } from "../common/errors";
import type { Logger } from "../common/logger";
import { invitationLink, invitationMail } from "../mail/invitation-mail";
import type { Mailer } from "../mail/mailer";
import { hashSessionToken, isWellFormedSessionToken, newSessionToken } from "./session-token";
import { UserInvitationEntity, type UserInvitation } from "./user-invitation.entity";
import type { User } from "./user.entity";
import { assertEmailFree, checkAccountFields, createUser, type NewUser } from "./user.service";

/** An invitation link works for a week, once. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

// One answer for an unknown, used and expired link: the link itself is the only secret.
const invalidToken = () =>
  new InvalidInputError("token", "is not a valid invitation: unknown, used or expired");

/**
 * Accounts by invitation: an administrator names the person and the role, the API hands back a
 * one-time token (only its hash is stored) for the link, and the person sets their own password.
 */
/** How invitation links reach people: the site's address, the mailer, and the log when there is no mail. */
export interface InvitationDelivery {
  siteUrl: string;
  mailer: Mailer;
  logger: Logger;
}

export class UserInvitationService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly delivery: InvitationDelivery,
  ) {}

  /**
   * Creates the invitation and hands its one-time link on: by e-mail when a mail server is set up,
   * otherwise to the log (info). The caller shows the link to the administrator either way.
   */
  async invite(input: Omit<NewUser, "password">, actor: { id: string; displayName: string }) {
    const actorUserId = actor.id;
    const fields = await checkAccountFields(this.em, input);
    await assertEmailFree(this.em, fields.email);
    const token = newSessionToken();
    const now = this.clock.now();
    const invitation = await this.em.transactional(async (tx) => {
      const created = tx.create(UserInvitationEntity, {
        id: randomUUID(),
        tokenHash: hashSessionToken(token),
        ...fields,
        invitedByUserId: actorUserId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
      });
      recordAudit(tx, {
        actorUserId,
        action: "USER_INVITED",
        entityType: "UserInvitation",
        entityId: created.id,
        before: null,
        after: { ...fields, expiresAt: created.expiresAt.toISOString() },
      });
      return created;
    });
    const link = invitationLink(this.delivery.siteUrl, token);
    const emailSent = await this.sendLink(invitation, link, actor.displayName);
    return { invitation, token, link, emailSent };
  }

  private async sendLink(invitation: UserInvitation, link: string, invitedBy: string): Promise<boolean> {
    const { mailer, logger } = this.delivery;
    if (!mailer.delivers) {
      logger.info("Invitation link (no mail server configured: pass it on to the person)", {
        email: invitation.email,
        role: invitation.role,
        link,
      });
      return false;
    }
    const organization = invitation.organizationId
      ? await this.em
          .getConnection()
          .execute<{ name: string }[]>(
            "select name from organization where id = ?",
            [invitation.organizationId],
            "all",
          )
      : [];
    return mailer.send(
      invitationMail({
        email: invitation.email,
        displayName: invitation.displayName,
        role: invitation.role,
        invitedBy,
        organizationName: organization[0]?.name ?? null,
        link,
      }),
    );
  }

  /** Opens the invited account with the chosen password; the token stops working. */
  async accept(token: string, password: string): Promise<User> {
    if (!isWellFormedSessionToken(token)) throw invalidToken();
    const now = this.clock.now();
    const invitation = await this.em.findOne(UserInvitationEntity, { tokenHash: hashSessionToken(token) });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now) throw invalidToken();
    return this.em.transactional(async (tx) => {
      const user = await createUser(tx, { ...this.accountOf(invitation), password }, null);
      // Conditional, so that of two simultaneous acceptances only one opens an account.
      const claimed = await tx.nativeUpdate(
        UserInvitationEntity,
        { id: invitation.id, acceptedAt: null },
        { acceptedAt: now, acceptedUserId: user.id },
      );
      if (claimed === 0) throw invalidToken();
      recordAudit(tx, {
        actorUserId: user.id,
        action: "USER_INVITATION_ACCEPTED",
        entityType: "UserInvitation",
        entityId: invitation.id,
        before: { acceptedAt: null },
        after: { acceptedAt: now.toISOString(), userId: user.id },
      });
      return user;
    });
  }

  private accountOf(invitation: UserInvitation): Omit<NewUser, "password"> {
    return {
      email: invitation.email,
      displayName: invitation.displayName,
      role: invitation.role,
      organizationId: invitation.organizationId ?? null,
    };
  }
}
