import type { Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import type { BadUserInput } from "@/lib/graphql-errors";
import type { GoodPracticeFieldError } from "./good-practice-filters";

export interface InvalidGoodPracticeSearch {
  title: string;
  message: string;
  fieldError: GoodPracticeFieldError;
}

/** The API's BAD_USER_INPUT errors worded in the page's language, by the argument they name. */
export function describeGoodPracticeSearchError(
  error: BadUserInput,
  locale: Locale = "pl",
): InvalidGoodPracticeSearch {
  const words = getMessages(locale).knowledge.goodPractices.errors;
  const title = words.invalid;
  const atField = (field: "q" | "gdzie", message: string): InvalidGoodPracticeSearch => ({
    title,
    message,
    fieldError: { field, message: `${title} ${message}` },
  });
  switch (error.field) {
    case "filter.text":
      return atField("q", words.textTooLong);
    case "filter.areaCode":
      return atField("gdzie", words.unknownPlace);
    case "after":
    case "first":
      return { title, message: words.noPage, fieldError: null };
    default:
      return { title, message: words.other, fieldError: null };
  }
}
