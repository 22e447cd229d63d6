import { DomainError } from "../common/errors";

/** A representative reaching for a record of an organization it does not represent. */
export class NotYourOrganizationError extends DomainError {
  constructor(field: string) {
    super("FORBIDDEN", "You may propose changes only to your own organization and its services", field);
  }
}
