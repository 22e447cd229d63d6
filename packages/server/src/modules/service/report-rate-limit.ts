import { createHash } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";

/** Reports one client address may send per window. */
export const REPORTS_PER_WINDOW = 5;
export const REPORT_WINDOW_MS = 60 * 60 * 1000;

/** The address is kept only hashed, and only as long as the window lasts. */
export function reportClientKey(clientIp: string): string {
  return createHash("sha256").update(`report:${clientIp}`).digest("hex");
}

/**
 * Inside the caller's transaction: forgets attempts older than the window, then counts this one
 * unless the client has used up the window. Returns false when refused. The advisory lock makes
 * simultaneous reports of one client queue up instead of all passing the count.
 */
export async function takeReportAttempt(tx: EntityManager, clientKey: string, now: Date): Promise<boolean> {
  const execute = (sql: string, params: unknown[]) =>
    tx.getConnection().execute<{ count?: string }[]>(sql, params, "all", tx.getTransactionContext());
  const windowStart = new Date(now.getTime() - REPORT_WINDOW_MS);
  await execute("select pg_advisory_xact_lock(hashtext(?))", [clientKey]);
  await execute("delete from report_attempt where created_at <= ?", [windowStart]);
  const [row] = await execute(
    "select count(*) as count from report_attempt where client_key = ? and created_at > ?",
    [clientKey, windowStart],
  );
  if (Number(row?.count ?? 0) >= REPORTS_PER_WINDOW) return false;
  await execute("insert into report_attempt (client_key, created_at) values (?, ?)", [clientKey, now]);
  return true;
}
