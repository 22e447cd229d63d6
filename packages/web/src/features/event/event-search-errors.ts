import type { Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import type { BadUserInput } from "@/lib/graphql-errors";
import type { EventFieldError } from "./event-filters";

export interface InvalidEventSearch {
  title: string;
  message: string;
  fieldError: EventFieldError;
}

/** A refused search in the page's language, at the field to fix when there is one. */
function invalidAt(field: "gdzie" | "od" | "do" | null, message: string, locale: Locale): InvalidEventSearch {
  const title = getMessages(locale).events.list.errors.invalid;
  return { title, message, fieldError: field ? { field, message: `${title} ${message}` } : null };
}

/** A date typed that is no date; the page does not ask the API. */
export function badDateSearch(field: "od" | "do", locale: Locale): InvalidEventSearch {
  return invalidAt(field, getMessages(locale).events.list.errors.badDate, locale);
}

/** The API's BAD_USER_INPUT errors worded in the page's language, by the argument they name. */
export function describeEventSearchError(error: BadUserInput, locale: Locale = "pl"): InvalidEventSearch {
  const words = getMessages(locale).events.list.errors;
  switch (error.field) {
    case "filter.areaCode":
      return invalidAt("gdzie", words.unknownPlace, locale);
    case "filter.from":
      return invalidAt("od", words.badDate, locale);
    case "filter.to":
      return invalidAt("do", words.badDate, locale);
    case "after":
    case "first":
      return invalidAt(null, words.noPage, locale);
    default:
      return invalidAt(null, words.other, locale);
  }
}
