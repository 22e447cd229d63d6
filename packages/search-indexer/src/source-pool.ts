import pg from "pg";

/**
 * A small PostgreSQL pool for reading index sources. Errors of idle connections (a database
 * restart, a shutdown) are reported instead of crashing the process.
 */
export function createSourcePool(connectionString: string, onError: (error: Error) => void): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 2 });
  pool.on("error", onError);
  return pool;
}
