import { createHash } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";

/** Tables that hold the hashed client keys of one kind of anonymous write (constants, never input). */
type AttemptTable = "report_attempt" | "registration_attempt";

/**
 * A limit on anonymous writes per client address: `perWindow` attempts per `windowMs`. The address
 * is kept only hashed, and only as long as the window lasts.
 */
export function clientRateLimit(options: {
  table: AttemptTable;
  /** Keeps the keys of one limit apart from another's for the same address. */
  purpose: string;
  perWindow: number;
  windowMs: number;
}) {
  const { table, purpose, perWindow, windowMs } = options;
  return {
    clientKey: (clientIp: string) => createHash("sha256").update(`${purpose}:${clientIp}`).digest("hex"),

    /**
     * Inside the caller's transaction: forgets attempts older than the window, then counts this one
     * unless the client has used up the window. Returns false when refused. The advisory lock makes
     * simultaneous attempts of one client queue up instead of all passing the count.
     */
    async take(tx: EntityManager, clientKey: string, now: Date): Promise<boolean> {
      const execute = (sql: string, params: unknown[]) =>
        tx.getConnection().execute<{ count?: string }[]>(sql, params, "all", tx.getTransactionContext());
      const windowStart = new Date(now.getTime() - windowMs);
      await execute("select pg_advisory_xact_lock(hashtext(?))", [clientKey]);
      await execute(`delete from ${table} where created_at <= ?`, [windowStart]);
      const [row] = await execute(
        `select count(*) as count from ${table} where client_key = ? and created_at > ?`,
        [clientKey, windowStart],
      );
      if (Number(row?.count ?? 0) >= perWindow) return false;
      await execute(`insert into ${table} (client_key, created_at) values (?, ?)`, [clientKey, now]);
      return true;
    },
  };
}
