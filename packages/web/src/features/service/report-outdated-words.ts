import type { Messages } from "@/i18n/messages";
import { MESSAGE_MAX_LENGTH, MESSAGE_MIN_LENGTH } from "./report-outdated-state";

/** The report form's words as the browser gets them: the hint with its limits filled in. */
export type ReportFormWords = Omit<Messages["service"]["report"], "messageHint"> & { messageHint: string };

/** Functions cannot cross from the server to a client component, so the hint is resolved here. */
export function reportFormWords(words: Messages["service"]["report"]): ReportFormWords {
  return { ...words, messageHint: words.messageHint(MESSAGE_MIN_LENGTH, MESSAGE_MAX_LENGTH) };
}
