import type { Locale } from "../locales";
import { en } from "./en";
import { pl, type Messages } from "./pl";
import { uk } from "./uk";

export type { Messages };

const MESSAGES: Record<Locale, Messages> = { pl, en, uk };

/** The UI dictionary of a language. */
export function getMessages(locale: Locale): Messages {
  return MESSAGES[locale];
}
