import type { Locale } from "@/i18n/locales";
import { getMessages, type Messages } from "@/i18n/messages";
import {
  CONTACT_MAX_LENGTH,
  MESSAGE_MAX_LENGTH,
  MESSAGE_MIN_LENGTH,
  type ReportOutdatedState,
} from "./report-outdated-state";

// Apart from the form's state: these run on the server only, and the dictionaries they need would
// otherwise ship to the browser with the form.
type ReportErrors = Messages["service"]["reportErrors"];

/** The API only says the message is wrong; the length the resident typed says how. */
function messageError(message: string, words: ReportErrors): string {
  const length = message.trim().length;
  if (length === 0) return words.messageEmpty;
  if (length < MESSAGE_MIN_LENGTH) return words.messageTooShort(MESSAGE_MIN_LENGTH, length);
  if (length > MESSAGE_MAX_LENGTH) return words.messageTooLong(MESSAGE_MAX_LENGTH, length);
  return words.messageLength(MESSAGE_MIN_LENGTH, MESSAGE_MAX_LENGTH);
}

function contactError(contact: string, words: ReportErrors): string {
  if (contact.trim().length > CONTACT_MAX_LENGTH) return words.contactTooLong(CONTACT_MAX_LENGTH);
  return words.contactInvalid;
}

/** The API's userErrors in the form's language, each at its field; the typed text stays in the form. */
export function rejectedReportState(
  values: ReportOutdatedState["values"],
  userErrors: readonly { field: readonly string[] }[],
  locale: Locale = "pl",
): ReportOutdatedState {
  const words = getMessages(locale).service.reportErrors;
  const state: ReportOutdatedState = { status: "rejected", values, fieldErrors: {}, formError: null };
  for (const { field } of userErrors) {
    const [name] = field;
    if (name === "message") state.fieldErrors.message = messageError(values.message, words);
    else if (name === "contact") state.fieldErrors.contact = contactError(values.contact, words);
    else if (name === "serviceId") state.formError = words.serviceGone;
    else if (name === undefined) state.formError = words.rateLimited;
    else state.formError ??= words.rejected;
  }
  return state;
}

/** The API did not answer (or answered with an error that is not the resident's to fix). */
export function failedReportState(
  values: ReportOutdatedState["values"],
  locale: Locale = "pl",
): ReportOutdatedState {
  const formError = getMessages(locale).service.reportErrors.unavailable;
  return { status: "rejected", values, fieldErrors: {}, formError };
}
