import { createHash, randomBytes } from "node:crypto";

/** A session ends this long after sign-in, whatever the activity (the cookie's Max-Age matches). */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** A session also ends when no request used it for this long (a computer left signed in). */
export const SESSION_IDLE_TIMEOUT_MS = 2 * 60 * 60 * 1000;

/** How long sessions live: SESSION_LIFETIME_HOURS and SESSION_IDLE_MINUTES of the configuration. */
export interface SessionPolicy {
  /** Absolute: from sign-in. */
  lifetimeMs: number;
  /** Idle: from the last request, as `last_seen_at` records it (to within SESSION_TOUCH_INTERVAL_MS). */
  idleTimeoutMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  lifetimeMs: SESSION_LIFETIME_MS,
  idleTimeoutMs: SESSION_IDLE_TIMEOUT_MS,
};
/** `last_seen_at` is written at most this often per session, not on every request. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;

const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** An opaque bearer token: 32 random bytes, base64url (43 characters). Only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/** Whether a string can be a token this API issued; anything else is rejected without a query. */
export function isWellFormedSessionToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** SHA-256, hex: what `user_session.token_hash` holds. A leaked table gives no usable token. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function sessionExpiry(now: Date, lifetimeMs = SESSION_LIFETIME_MS): Date {
  return new Date(now.getTime() + lifetimeMs);
}

export function isTouchDue(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS;
}
