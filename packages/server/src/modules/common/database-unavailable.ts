import { ServiceUnavailableError } from "./errors";

// Failures that mean "PostgreSQL cannot be reached right now", as opposed to a fault of the query:
// the socket refused, reset or timed out; SQLSTATE class 08 (connection exception) and 57P01–57P03
// (shut down, crashed, still starting); the pool giving up on a connection.
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENOTFOUND",
]);
const SQLSTATES = /^(08...|57P0[123])$/;
// pg and knex put the SQL in front of the driver's message, so these are searched anywhere in it.
// When the connection dies inside a transaction, knex refuses the transaction's next statements
// with "Transaction query already complete" (seen in tests/faults/postgres-restart.test.ts).
const MESSAGES =
  /Connection terminated|Connection ended unexpectedly|Client has encountered a connection error|Timeout acquiring a connection|Transaction query already complete/;

export const DATABASE_UNAVAILABLE_MESSAGE = "The database is unavailable at the moment; try again shortly.";

/** True when `error` (or anything in its cause chain) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") return false;
    const { code, name, message, cause, originalError } = current as Record<string, unknown>;
    if (typeof code === "string" && (NETWORK_CODES.has(code) || SQLSTATES.test(code))) return true;
    if (name === "ConnectionException" || name === "KnexTimeoutError") return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    // GraphQLError keeps what it wraps (e.g. a failed context) in originalError.
    current = originalError ?? cause;
  }
  return false;
}

export function databaseUnavailableError(): ServiceUnavailableError {
  return new ServiceUnavailableError(DATABASE_UNAVAILABLE_MESSAGE);
}
