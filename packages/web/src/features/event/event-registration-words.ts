import type { EventsMessages } from "@/i18n/messages/events.pl";

/** The registration form's words as the browser gets them: functions resolved on the server. */
export type RegistrationFormWords = Omit<EventsMessages["form"], "consentRetention" | "closed"> & {
  consentRetention: string;
  keepLink: string;
  cancelLink: string;
};

export function registrationFormWords(words: EventsMessages, retentionDays: number): RegistrationFormWords {
  const { closed: _closed, ...form } = words.form;
  return {
    ...form,
    consentRetention: words.form.consentRetention(retentionDays),
    keepLink: words.confirmation.keepLink,
    cancelLink: words.confirmation.cancelLink,
  };
}
