const ACTION_LABELS: Record<string, string> = {
  CHANGE_PROPOSED: "zaproponowano zmianę",
  CHANGE_PROPOSAL_ACCEPTED: "przyjęto propozycję zmiany",
  CHANGE_PROPOSAL_REJECTED: "odrzucono propozycję zmiany",
  SERVICE_VERIFIED: "potwierdzono aktualność usługi",
  SERVICE_REPORTED_OUTDATED: "zgłoszono nieaktualne informacje",
  SERVICE_REPORT_RESOLVED: "załatwiono zgłoszenie",
  CERTIFICATE_ISSUED: "wydano certyfikat",
  CERTIFICATE_RENEWED: "odnowiono certyfikat",
  CERTIFICATE_REVOKED: "cofnięto certyfikat",
  DOCUMENT_FILE_UPLOADED: "dodano plik dokumentu",
  INDICATOR_VALUES_IMPORTED: "zaimportowano wartości wskaźników",
  INDICATOR_VALUE_CREATED: "dodano wartość wskaźnika",
  INDICATOR_VALUE_UPDATED: "zmieniono wartość wskaźnika",
  INDICATOR_VALUE_DELETED: "usunięto wartość wskaźnika",
  EVENT_REGISTRATION_CREATED: "przyjęto zgłoszenie na wydarzenie",
  EVENT_REGISTRATION_CANCELLED: "anulowano zgłoszenie na wydarzenie",
  EVENT_REGISTRATION_PROMOTED: "przeniesiono zgłoszenie z listy rezerwowej na listę uczestników",
  EVENT_REGISTRATIONS_ANONYMIZED: "zanonimizowano dane uczestników wydarzenia",
  EVENT_REGISTRATIONS_EXPORTED: "pobrano listę uczestników wydarzenia (CSV)",
  SOCIAL_ENTERPRISE_DECISION_ADDED: "dodano decyzję o statusie przedsiębiorstwa społecznego",
  USER_CREATED: "utworzono konto",
  USER_INVITED: "wysłano zaproszenie",
  USER_INVITATION_ACCEPTED: "przyjęto zaproszenie",
  USER_DEACTIVATED: "dezaktywowano konto",
  USER_REACTIVATED: "przywrócono konto",
  USER_SESSIONS_ENDED: "zakończono sesje",
};

const VERBS: Record<string, string> = {
  CREATED: "utworzono",
  UPDATED: "zmieniono",
  PUBLISHED: "opublikowano",
  ARCHIVED: "zarchiwizowano",
};

/** An audit action in Polish words; a new action the panel does not know yet keeps its code. */
export function actionLabel(action: string): string {
  if (ACTION_LABELS[action]) return ACTION_LABELS[action];
  const verb = Object.keys(VERBS).find((suffix) => action.endsWith(`_${suffix}`));
  return verb ? VERBS[verb]! : action;
}
