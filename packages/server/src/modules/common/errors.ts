export type ErrorCode =
  "BAD_USER_INPUT" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "SERVICE_UNAVAILABLE";

/** An error a module raises on purpose; its message is safe to show to the caller. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input to a query or mutation; `field` names the argument or input path. */
export class InvalidInputError extends DomainError {
  constructor(field: string, message: string) {
    super("BAD_USER_INPUT", `${field}: ${message}`, field);
  }
}

export class ServiceUnavailableError extends DomainError {
  constructor(message: string) {
    super("SERVICE_UNAVAILABLE", message);
  }
}
