import type { Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import type { BadUserInput } from "@/lib/graphql-errors";

export interface InvalidDocumentSearch {
  /** "Nieprawidłowy filtr:", in the page's language. */
  title: string;
  message: string;
  /** Set when the text field is at fault, so the error is shown (and announced) there too. */
  textError: string | null;
}

/** The API's BAD_USER_INPUT errors worded in the page's language, by the argument they name. */
export function describeDocumentSearchError(
  error: BadUserInput,
  locale: Locale = "pl",
): InvalidDocumentSearch {
  const words = getMessages(locale).documents.search.errors;
  const title = words.invalid;
  switch (error.field) {
    case "filter.text":
      return { title, message: words.textTooLong, textError: `${title} ${words.textTooLong}` };
    case "after":
    case "first":
      return { title, message: words.noPage, textError: null };
    default:
      return { title, message: words.other, textError: null };
  }
}
