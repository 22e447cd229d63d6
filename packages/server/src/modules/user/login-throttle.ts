import type { EntityManager } from "@mikro-orm/postgresql";

/** Failed sign-ins allowed per key before attempts are refused for a while. */
export const FREE_FAILURES = 5;
/** The longest a key is refused after a failure: the block always ends, nobody is locked out for good. */
export const MAX_BLOCK_SECONDS = 15 * 60;
/** Failures older than this (with no attempt since) are forgotten: the count starts again. */
export const FAILURE_MEMORY_MS = 24 * 60 * 60 * 1000;

/**
 * Seconds a key is refused after its `failures`-th failure in a row: none before the 5th, then
 * 1 s, 2 s, 4 s … doubling, at most 15 minutes.
 */
export function blockSeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES), MAX_BLOCK_SECONDS);
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

export function emailThrottleKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}

/**
 * Throttle keys of one attempt: the e-mail (lower-cased) and the client IP. A loopback address is
 * not a client (it is the site's server or a proxy that did not forward the address): throttling it
 * would let anyone block every sign-in, so only the e-mail key applies then.
 */
export function throttleKeys(email: string, clientIp: string): string[] {
  const keys = [emailThrottleKey(email)];
  if (clientIp && !LOOPBACK.test(clientIp)) keys.push(`ip:${clientIp}`);
  return keys;
}

interface ThrottleRow {
  failures: number;
  blocked_until: Date | null;
  updated_at: Date;
}

/**
 * Starts a sign-in attempt: refused (returns the seconds to wait) when any key is blocked, otherwise
 * counted as a failure of every key *before* the password is checked (returns 0). Counting first,
 * under a row lock, is what stops many simultaneous guesses from all passing the check; a success
 * takes its count back (`loginAttemptSucceeded`).
 */
export async function beginLoginAttempt(em: EntityManager, keys: string[], now: Date): Promise<number> {
  return em.transactional(async (tx) => {
    const execute = (sql: string, params: unknown[]) =>
      tx.getConnection().execute(sql, params, "all", tx.getTransactionContext());
    const rows = new Map<string, ThrottleRow>();
    for (const key of [...keys].sort()) {
      // Always in the same order, so that two attempts never wait for each other's locks.
      await execute(
        `insert into login_throttle (key, failures, updated_at) values (?, 0, ?) on conflict (key) do nothing`,
        [key, now],
      );
      const [row] = (await execute(
        `select failures, blocked_until, updated_at from login_throttle where key = ? for update`,
        [key],
      )) as ThrottleRow[];
      rows.set(key, row!);
    }
    const blockedUntil = Math.max(
      0,
      ...[...rows.values()].map((row) => (row.blocked_until ? new Date(row.blocked_until).getTime() : 0)),
    );
    if (blockedUntil > now.getTime()) return Math.max(1, Math.ceil((blockedUntil - now.getTime()) / 1000));

    const forgetBefore = now.getTime() - FAILURE_MEMORY_MS;
    for (const [key, row] of rows) {
      const previous = new Date(row.updated_at).getTime() < forgetBefore ? 0 : row.failures;
      const seconds = blockSeconds(previous + 1);
      await execute(
        `update login_throttle set failures = ?, blocked_until = ?, updated_at = ? where key = ?`,
        [previous + 1, seconds > 0 ? new Date(now.getTime() + seconds * 1000) : null, now, key],
      );
    }
    return 0;
  });
}

/**
 * The attempt begun at `startedAt` failed (it is already counted): its block, if any, runs from
 * `now`, the moment of the answer, rather than from before the slow password check.
 */
export async function loginAttemptFailed(
  em: EntityManager,
  keys: string[],
  startedAt: Date,
  now: Date,
): Promise<void> {
  for (const key of keys) {
    await em.getConnection().execute(
      `update login_throttle set blocked_until = blocked_until + (?::timestamptz - updated_at), updated_at = ?
        where key = ? and updated_at = ? and blocked_until is not null`,
      [now, now, key, startedAt],
      "run",
    );
  }
}

/**
 * The attempt begun at `startedAt` succeeded: the e-mail starts afresh; the other keys (the IP) get
 * back the failure counted in advance, unless a later attempt has counted since.
 */
export async function loginAttemptSucceeded(
  em: EntityManager,
  keys: string[],
  emailKey: string,
  startedAt: Date,
): Promise<void> {
  const connection = em.getConnection();
  await connection.execute(`delete from login_throttle where key = ?`, [emailKey], "run");
  for (const key of keys.filter((candidate) => candidate !== emailKey)) {
    // Any block on the row is this attempt's own: an earlier one would have refused the attempt.
    await connection.execute(
      `update login_throttle set failures = greatest(failures - 1, 0), blocked_until = null
        where key = ? and updated_at = ?`,
      [key, startedAt],
      "run",
    );
  }
}
