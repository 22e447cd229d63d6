import type { Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import type {
  RegistrationField,
  RegistrationFormState,
  RegistrationValues,
} from "./event-registration-state";

// Apart from the form's state: these run on the server only, so the dictionaries stay out of the
// browser's bundle.

interface UserError {
  field: readonly string[];
  message: string;
}

/** The API's userErrors (in English) in the form's language, each at its field where it has one. */
export function rejectedRegistrationState(
  values: RegistrationValues,
  userErrors: readonly UserError[],
  locale: Locale = "pl",
): RegistrationFormState {
  const words = getMessages(locale).events.errors;
  const state: RegistrationFormState = {
    status: "rejected",
    values,
    fieldErrors: {},
    formError: null,
    result: null,
  };
  const at = (field: RegistrationField, message: string) => {
    state.fieldErrors[field] ??= message;
  };
  for (const { field, message } of userErrors) {
    const name = field[0] === "input" ? field[1] : field[0];
    switch (name) {
      case undefined:
        state.formError = words.rateLimited;
        break;
      case "eventId":
        state.formError = /not opened yet/.test(message)
          ? words.notYetOpen
          : /is closed/.test(message)
            ? words.closed
            : /is over/.test(message)
              ? words.ended
              : words.gone;
        break;
      case "email":
        at("email", /already registered/.test(message) ? words.emailTaken : words.emailInvalid);
        break;
      case "name":
        at("name", words.nameEmpty);
        break;
      case "institution":
        at("institution", words.institutionEmpty);
        break;
      case "role":
        at("role", words.roleMissing);
        break;
      case "gminaCode":
        at("gminaCode", words.gminaInvalid);
        break;
      case "accessibilityNote":
        at("accessibilityNote", words.noteTooLong);
        break;
      case "consent":
        at("consent", words.consentMissing);
        break;
      case "consentVersion":
        at("consent", words.consentChanged);
        break;
      default:
        state.formError ??= words.rejected;
    }
  }
  return state;
}

/**
 * What the site can tell before asking the API: a role must be one of the list (the API's schema
 * refuses anything else outright), so a missing one is reported with the other empty fields.
 */
export function localRegistrationErrors(
  values: RegistrationValues,
  validRole: boolean,
  locale: Locale = "pl",
): RegistrationFormState | null {
  if (validRole) return null;
  const errors: UserError[] = [{ field: ["input", "role"], message: "" }];
  if (!values.name.trim()) errors.push({ field: ["input", "name"], message: "" });
  if (!values.email.trim()) errors.push({ field: ["input", "email"], message: "" });
  if (!values.institution.trim()) errors.push({ field: ["input", "institution"], message: "" });
  if (!values.consent) errors.push({ field: ["input", "consent"], message: "" });
  return rejectedRegistrationState(values, errors, locale);
}

/** The API did not answer (or answered with an error that is not the person's to fix). */
export function failedRegistrationState(
  values: RegistrationValues,
  locale: Locale = "pl",
): RegistrationFormState {
  return {
    status: "rejected",
    values,
    fieldErrors: {},
    formError: getMessages(locale).events.errors.unavailable,
    result: null,
  };
}
