import { randomBytes } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import { authenticateApiKey, type ApiKeyCaller } from "../api-key/api-key-auth";
import type { UserError } from "../common/user-error.type";
import {
  beginLoginAttempt,
  emailThrottleKey,
  loginAttemptFailed,
  loginAttemptSucceeded,
  throttleKeys,
} from "./login-throttle";
import { hashPassword, PASSWORD_MAX_LENGTH, verifyPassword } from "./password";
import {
  DEFAULT_SESSION_POLICY,
  hashSessionToken,
  isWellFormedSessionToken,
  isTouchDue,
  newSessionToken,
  SESSION_TOUCH_INTERVAL_MS,
  sessionExpiry,
  type SessionPolicy,
} from "./session-token";
import { UserSessionEntity } from "./user-session.entity";
import { findUserByEmail } from "./user.repository";
import type { User, UserRole } from "./user.entity";

/** The signed-in user as the rest of the API sees it: never the password hash. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  /** The organization an ORGANIZATION_REP represents; null for staff. */
  organizationId: string | null;
}

export type LoginResult =
  | { ok: true; user: AuthenticatedUser; token: string; expiresAt: Date }
  | { ok: false; userErrors: UserError[] };

/** One message for an unknown e-mail, a wrong password and an inactive account: no enumeration. */
export const INVALID_CREDENTIALS_MESSAGE = "The e-mail address or password is incorrect";

const MAX_EMAIL_LENGTH = 254;

// Verifying against this when the e-mail is unknown makes that answer take as long as a wrong password.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword(randomBytes(16).toString("hex")));

function toAuthenticatedUser(
  user: Pick<User, "id" | "email" | "displayName" | "role" | "organizationId">,
): AuthenticatedUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organizationId: user.organizationId ?? null,
  };
}

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date = () => new Date(),
    private readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
  ) {}

  async login(email: string, password: string, clientIp: string): Promise<LoginResult> {
    const invalid: LoginResult = {
      ok: false,
      userErrors: [{ field: ["password"], message: INVALID_CREDENTIALS_MESSAGE }],
    };
    if (email.length > MAX_EMAIL_LENGTH || password.length > 4 * PASSWORD_MAX_LENGTH) return invalid;

    const keys = throttleKeys(email, clientIp);
    const startedAt = this.now();
    const waitSeconds = await beginLoginAttempt(this.em, keys, startedAt);
    if (waitSeconds > 0) {
      const unit = waitSeconds === 1 ? "second" : "seconds";
      return {
        ok: false,
        userErrors: [
          { field: [], message: `Too many failed sign-in attempts; try again in ${waitSeconds} ${unit}` },
        ],
      };
    }

    const user = await findUserByEmail(this.em, email);
    const passwordMatches = await verifyPassword(password, user?.passwordHash ?? (await decoy()));
    const now = this.now();
    if (!user || !passwordMatches || !user.isActive) {
      await loginAttemptFailed(this.em, keys, startedAt, now);
      return invalid;
    }

    await loginAttemptSucceeded(this.em, keys, emailThrottleKey(email), startedAt);
    const token = newSessionToken();
    const expiresAt = sessionExpiry(now, this.policy.lifetimeMs);
    this.em.create(UserSessionEntity, {
      tokenHash: hashSessionToken(token),
      userId: user.id,
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
    });
    user.lastLoginAt = now;
    // Ended sessions of this user are of no further use: tidy them up while we are here.
    await this.em.nativeDelete(UserSessionEntity, { userId: user.id, expiresAt: { $lte: now } });
    await this.em.flush();
    return { ok: true, user: toAuthenticatedUser(user), token, expiresAt };
  }

  /**
   * The active user behind a live session token, or null: unknown, past its lifetime, idle too long,
   * signed out (here or everywhere) or deactivated.
   */
  async authenticate(token: string): Promise<AuthenticatedUser | null> {
    if (!isWellFormedSessionToken(token)) return null;
    const now = this.now();
    const tokenHash = hashSessionToken(token);
    const connection = this.em.getConnection();
    const rows = await connection.execute<
      {
        id: string;
        email: string;
        display_name: string;
        role: UserRole;
        organization_id: string | null;
        last_seen_at: Date;
      }[]
    >(
      `select u.id, u.email, u.display_name, u.role, u.organization_id, s.last_seen_at
         from user_session s join app_user u on u.id = s.user_id
        where s.token_hash = ? and s.expires_at > ? and s.last_seen_at > ? and u.is_active`,
      [tokenHash, now, new Date(now.getTime() - this.policy.idleTimeoutMs)],
    );
    const row = rows[0];
    if (!row) return null;
    if (isTouchDue(new Date(row.last_seen_at), now)) {
      // The condition is repeated in SQL so that concurrent requests write it once.
      const touchBefore = new Date(now.getTime() - SESSION_TOUCH_INTERVAL_MS);
      await connection.execute(
        `update user_session set last_seen_at = ? where token_hash = ? and last_seen_at <= ?`,
        [now, tokenHash, touchBefore],
        "run",
      );
    }
    return toAuthenticatedUser({
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      organizationId: row.organization_id,
    });
  }

  /** The live API key behind `key`, or null (unknown, revoked, expired, or its creator deactivated). */
  authenticateApiKey(key: string): Promise<ApiKeyCaller | null> {
    return authenticateApiKey(this.em, key, this.now());
  }

  /**
   * Ends every session of a user (logout everywhere); returns how many were live. Pass the
   * transaction's manager to end them in the caller's transaction.
   */
  async endAllSessions(userId: string, em: EntityManager = this.em): Promise<number> {
    const live = await em.count(UserSessionEntity, { userId, expiresAt: { $gt: this.now() } });
    await em.nativeDelete(UserSessionEntity, { userId });
    return live;
  }

  /** How many sessions of the user would still let a request in (batched per request). */
  liveSessionCount(userId: string): Promise<number> {
    return this.liveSessionCounts.load(userId);
  }

  private readonly liveSessionCounts = new DataLoader<string, number>(async (userIds) => {
    const now = this.now();
    const rows = await this.em.getConnection().execute<{ user_id: string; live: number }[]>(
      `select user_id, count(*)::int as live from user_session
        where user_id in (?) and expires_at > ? and last_seen_at > ?
        group by user_id`,
      [[...userIds], now, new Date(now.getTime() - this.policy.idleTimeoutMs)],
      "all",
    );
    const live = new Map(rows.map((row) => [row.user_id, Number(row.live)]));
    return userIds.map((id) => live.get(id) ?? 0);
  });

  /** Ends the session; an unknown or already ended token is not an error. */
  async logout(token: string): Promise<void> {
    if (!isWellFormedSessionToken(token)) return;
    await this.em.nativeDelete(UserSessionEntity, { tokenHash: hashSessionToken(token) });
  }
}
