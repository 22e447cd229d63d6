import type { RegistrationStatus } from "@/__generated__/graphql";

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  CONFIRMED: "potwierdzone",
  WAITING_LIST: "lista rezerwowa",
  CANCELLED: "anulowane",
};

/** What the registrations page says after an editor's cancellation (`?wynik=`). */
export const CANCEL_OUTCOMES: Record<string, { text: string; ok: boolean }> = {
  anulowano: {
    text: "Anulowano zgłoszenie. Jeśli ktoś czekał na liście rezerwowej, pierwsza osoba z listy zajęła zwolnione miejsce.",
    ok: true,
  },
  "juz-anulowane": { text: "To zgłoszenie było już anulowane.", ok: false },
  brak: { text: "Nie ma takiego zgłoszenia — odśwież stronę.", ok: false },
  blad: { text: "Nie udało się anulować zgłoszenia — spróbuj ponownie za chwilę.", ok: false },
};
