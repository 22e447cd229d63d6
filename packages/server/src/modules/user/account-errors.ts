import { InvalidInputError } from "../common/errors";
import type { UserError } from "../common/user-error.type";

/**
 * The account functions throw InvalidInputError naming a field of their input ("email", or already
 * "input.organizationId"); mutations report them as userErrors at `prefix` + that field.
 */
export function accountUserErrors(error: unknown, prefix: string[]): UserError[] {
  if (!(error instanceof InvalidInputError) || !error.field) throw error;
  const field = error.field.startsWith(`${prefix.join(".")}.`)
    ? error.field.split(".")
    : [...prefix, error.field];
  return [{ field, message: error.message.replace(`${error.field}: `, "") }];
}
