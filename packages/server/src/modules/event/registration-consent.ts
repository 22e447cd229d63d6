/**
 * The consent a registration form shows, versioned: each registration stores the exact text and
 * version accepted. Change the wording only together with CONSENT_REVISION.
 */
const CONSENT_REVISION = "2026-11-24";

export const DEFAULT_RETENTION_DAYS = 90;

export interface RegistrationConsent {
  version: string;
  text: string;
  retentionDays: number;
}

/** The current wording; the retention period is part of it, so it is part of the version too. */
export function registrationConsent(retentionDays: number): RegistrationConsent {
  return {
    version: `${CONSENT_REVISION}/${retentionDays}d`,
    retentionDays,
    text:
      "Wyrażam zgodę na przetwarzanie moich danych osobowych podanych w formularzu (imię i nazwisko, " +
      "adres e-mail, instytucja, rola, potrzeby dotyczące dostępności) przez administratora serwisu " +
      "Obserwatorium w celu przyjęcia i obsługi mojego zgłoszenia na wydarzenie, w tym prowadzenia listy " +
      "uczestników i listy rezerwowej. Dane osobowe zostaną zanonimizowane po upływie " +
      `${retentionDays} dni od zakończenia wydarzenia; nazwa instytucji, jej gmina i rola pozostaną ` +
      "w zestawieniach statystycznych. Zgodę mogę wycofać w każdej chwili, anulując zgłoszenie linkiem " +
      "otrzymanym po rejestracji; wycofanie zgody nie wpływa na zgodność z prawem przetwarzania " +
      "dokonanego przed jej wycofaniem. Szczegóły opisuje polityka prywatności serwisu.",
  };
}
