import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./database-unavailable";
import { DomainError } from "./errors";
import type { Logger } from "./logger";

// Errors that Apollo and graphql-js raise about the request itself (syntax, validation, variable
// coercion) carry one of these codes and describe only what the caller sent.
const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  // Requests over the cost, depth or alias limits, refused before execution.
  "QUERY_TOO_COMPLEX",
  "QUERY_TOO_DEEP",
  "TOO_MANY_ALIASES",
  // The caller's rate-limit budget cannot cover the request's cost.
  "RATE_LIMITED",
]);

/** The one place where errors become GraphQL errors: domain errors pass, the rest is masked. */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && REQUEST_ERROR_CODES.has(code)) return formatted;
    // Apollo answers some faults of the request itself (a persisted query whose hash does not
    // match) with a 4xx status but no code.
    if (isRequestFault(original))
      return { ...formatted, extensions: { ...formatted.extensions, code: "BAD_REQUEST" } };
    if (isDatabaseUnavailable(original)) {
      logger.warn("A request failed: the database is unavailable", {
        error: original instanceof Error ? original.message : String(original),
      });
      return {
        message: DATABASE_UNAVAILABLE_MESSAGE,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: "SERVICE_UNAVAILABLE" },
      };
    }
    logger.error("Unexpected error while resolving a request", { error: original, path: formatted.path });
    return {
      message: "Internal server error",
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

function isRequestFault(error: unknown): boolean {
  const status =
    error instanceof GraphQLError
      ? (error.extensions.http as { status?: number } | undefined)?.status
      : undefined;
  return typeof status === "number" && status >= 400 && status < 500;
}
