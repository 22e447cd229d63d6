/** The fields of the report form that can carry an error of their own. */
export type ReportField = "message" | "contact";

export interface ReportOutdatedState {
  status: "idle" | "sent" | "rejected";
  /** What the resident typed; kept when the report is refused, cleared once it is sent. */
  values: { message: string; contact: string };
  fieldErrors: Partial<Record<ReportField, string>>;
  /** An error that belongs to no field (rate limit, a withdrawn service, the API being down). */
  formError: string | null;
}

export const MESSAGE_MIN_LENGTH = 10;
export const MESSAGE_MAX_LENGTH = 2000;
export const CONTACT_MAX_LENGTH = 200;

export const INITIAL_REPORT_STATE: ReportOutdatedState = {
  status: "idle",
  values: { message: "", contact: "" },
  fieldErrors: {},
  formError: null,
};

export const SENT_REPORT_STATE: ReportOutdatedState = { ...INITIAL_REPORT_STATE, status: "sent" };

export const RATE_LIMITED_TEXT = "Wysłano zbyt wiele zgłoszeń z tego adresu. Spróbuj ponownie później.";
const UNAVAILABLE_TEXT =
  "Nie udało się wysłać zgłoszenia — serwis jest chwilowo niedostępny. Spróbuj ponownie za chwilę.";

/** The API only says the message is wrong; the length the resident typed says how. */
function messageError(message: string): string {
  const length = message.trim().length;
  if (length === 0) return "Opisz, co jest nieaktualne.";
  if (length < MESSAGE_MIN_LENGTH)
    return `Opis jest za krótki — napisz co najmniej ${MESSAGE_MIN_LENGTH} znaków (teraz: ${length}).`;
  if (length > MESSAGE_MAX_LENGTH)
    return `Opis jest za długi — może mieć najwyżej ${MESSAGE_MAX_LENGTH} znaków (teraz: ${length}).`;
  return `Opis musi mieć od ${MESSAGE_MIN_LENGTH} do ${MESSAGE_MAX_LENGTH} znaków.`;
}

function contactError(contact: string): string {
  if (contact.trim().length > CONTACT_MAX_LENGTH)
    return `Kontakt może mieć najwyżej ${CONTACT_MAX_LENGTH} znaków.`;
  return "Wpisz adres e-mail (np. jan.kowalski@example.pl) albo numer telefonu (np. 85 123 45 67) — albo zostaw to pole puste.";
}

/** The API's userErrors in Polish, each at its field; the typed text stays in the form. */
export function rejectedReportState(
  values: ReportOutdatedState["values"],
  userErrors: readonly { field: readonly string[] }[],
): ReportOutdatedState {
  const state: ReportOutdatedState = { status: "rejected", values, fieldErrors: {}, formError: null };
  for (const { field } of userErrors) {
    const [name] = field;
    if (name === "message") state.fieldErrors.message = messageError(values.message);
    else if (name === "contact") state.fieldErrors.contact = contactError(values.contact);
    else if (name === "serviceId")
      state.formError = "Tej usługi nie ma już w katalogu, więc nie można jej zgłosić. Odśwież stronę.";
    else if (name === undefined) state.formError = RATE_LIMITED_TEXT;
    else state.formError ??= "Nie udało się wysłać zgłoszenia. Sprawdź pola formularza i spróbuj ponownie.";
  }
  return state;
}

/** The API did not answer (or answered with an error that is not the resident's to fix). */
export function failedReportState(values: ReportOutdatedState["values"]): ReportOutdatedState {
  return { status: "rejected", values, fieldErrors: {}, formError: UNAVAILABLE_TEXT };
}
