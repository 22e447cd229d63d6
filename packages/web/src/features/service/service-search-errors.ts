import type { Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import type { BadUserInput } from "@/lib/graphql-errors";
import type { ServiceFieldError } from "./service-filters";

export interface InvalidServiceSearch {
  /** The start of the summary, e.g. "Nieprawidłowy filtr:". */
  title: string;
  message: string;
  fieldError: ServiceFieldError;
}

/** The API's BAD_USER_INPUT errors in the page's language, by the argument they name. */
export function describeServiceSearchError(error: BadUserInput, locale: Locale = "pl"): InvalidServiceSearch {
  const words = getMessages(locale).services.errors;
  const title = words.invalid;
  switch (error.field) {
    case "filter.text":
      return invalidAt("q", title, words.textTooLong);
    case "filter.areaCode":
      return invalidAt("gdzie", title, words.unknownPlace);
    case "after":
    case "first":
      return { title, message: words.noPage, fieldError: null };
    default:
      return { title, message: words.other, fieldError: null };
  }
}

function invalidAt(field: "q" | "gdzie", title: string, message: string): InvalidServiceSearch {
  return { title, message, fieldError: { field, message: `${title} ${message}` } };
}
