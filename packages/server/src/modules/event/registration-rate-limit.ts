import { createHash } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";

/**
 * Registrations one client address may send per window: several people of one office may sign up
 * from one address, a script may not fill an event.
 */
export const REGISTRATIONS_PER_WINDOW = 10;
export const REGISTRATION_WINDOW_MS = 60 * 60 * 1000;

/** The address is kept only hashed, and only as long as the window lasts. */
export function registrationClientKey(clientIp: string): string {
  return createHash("sha256").update(`registration:${clientIp}`).digest("hex");
}

/**
 * Inside the caller's transaction: forgets attempts older than the window, then counts this one
 * unless the client has used up the window. Returns false when refused. The advisory lock makes
 * simultaneous attempts of one client queue up instead of all passing the count.
 */
export async function takeRegistrationAttempt(
  tx: EntityManager,
  clientKey: string,
  now: Date,
): Promise<boolean> {
  const execute = (sql: string, params: unknown[]) =>
    tx.getConnection().execute<{ count?: string }[]>(sql, params, "all", tx.getTransactionContext());
  const windowStart = new Date(now.getTime() - REGISTRATION_WINDOW_MS);
  await execute("select pg_advisory_xact_lock(hashtext(?))", [clientKey]);
  await execute("delete from registration_attempt where created_at <= ?", [windowStart]);
  const [row] = await execute(
    "select count(*) as count from registration_attempt where client_key = ? and created_at > ?",
    [clientKey, windowStart],
  );
  if (Number(row?.count ?? 0) >= REGISTRATIONS_PER_WINDOW) return false;
  await execute("insert into registration_attempt (client_key, created_at) values (?, ?)", [clientKey, now]);
  return true;
}
