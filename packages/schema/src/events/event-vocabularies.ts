/**
 * Vocabularies of the events calendar (trainings, conferences, fairs, study visits) and of the
 * registrations for them. Codes are stable identifiers, never rename them.
 */
export const EVENT_KINDS = [
  "TRAINING",
  "SEMINAR",
  "CONFERENCE",
  "FAIR",
  "STUDY_VISIT",
  "GALA",
  "CONSULTATION_MEETING",
  "OTHER",
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS_PL: Record<EventKind, string> = {
  TRAINING: "szkolenie",
  SEMINAR: "seminarium",
  CONFERENCE: "konferencja",
  FAIR: "targi",
  STUDY_VISIT: "wizyta studyjna",
  GALA: "gala",
  CONSULTATION_MEETING: "spotkanie konsultacyjne",
  OTHER: "inne wydarzenie",
};

/**
 * What an event is about, beside the 14 statutory service areas: the observatory's own lines of work
 * (DOMAIN.md) that no existing vocabulary names.
 */
export const EVENT_TOPICS = [
  "DEINSTITUTIONALISATION",
  "LPDI",
  "CUS",
  "SOCIAL_ECONOMY",
  "SOCIAL_PROCUREMENT",
  "SUPERVISION",
  "SOCIAL_WORK",
  "COMMUNITY_SERVICES",
  "OZPS",
  "EU_FUNDING",
  "OTHER",
] as const;

export type EventTopic = (typeof EVENT_TOPICS)[number];

export const EVENT_TOPIC_LABELS_PL: Record<EventTopic, string> = {
  DEINSTITUTIONALISATION: "deinstytucjonalizacja usług społecznych",
  LPDI: "LPDI — lokalne plany deinstytucjonalizacji",
  CUS: "CUS — centra usług społecznych",
  SOCIAL_ECONOMY: "ekonomia społeczna i PES",
  SOCIAL_PROCUREMENT: "klauzule społeczne i zamówienia zastrzeżone",
  SUPERVISION: "superwizja",
  SOCIAL_WORK: "praca socjalna",
  COMMUNITY_SERVICES: "usługi środowiskowe",
  OZPS: "OZPS — ocena zasobów pomocy społecznej",
  EU_FUNDING: "fundusze europejskie",
  OTHER: "inny temat",
};

/**
 * Whom an event is for, and the role a participant gives when registering: the professional
 * groups the observatory trains (the residents' target groups are a separate vocabulary).
 */
export const EVENT_AUDIENCES = [
  "SOCIAL_WORKERS",
  "JST_STAFF",
  "SOCIAL_ASSISTANCE_MANAGERS",
  "CUS_STAFF",
  "FAMILY_ASSISTANTS",
  "CARE_STAFF",
  "PES_STAFF",
  "OWES_STAFF",
  "NGO_STAFF",
  "RESIDENTS",
  "OTHER",
] as const;

export type EventAudience = (typeof EVENT_AUDIENCES)[number];

export const EVENT_AUDIENCE_LABELS_PL: Record<EventAudience, string> = {
  SOCIAL_WORKERS: "pracownicy socjalni",
  JST_STAFF: "kadra jednostek samorządu terytorialnego",
  SOCIAL_ASSISTANCE_MANAGERS: "kadra kierownicza OPS, PCPR i CUS",
  CUS_STAFF: "pracownicy centrów usług społecznych",
  FAMILY_ASSISTANTS: "asystenci rodziny",
  CARE_STAFF: "opiekunowie i asystenci osób z niepełnosprawnościami",
  PES_STAFF: "przedstawiciele podmiotów ekonomii społecznej (PES)",
  OWES_STAFF: "pracownicy ośrodków wsparcia ekonomii społecznej (OWES)",
  NGO_STAFF: "przedstawiciele organizacji pozarządowych",
  RESIDENTS: "mieszkańcy",
  OTHER: "inni",
};

/** Support a participant asks for; free text completes it. */
export const ACCESSIBILITY_NEEDS = [
  "SIGN_LANGUAGE_INTERPRETER",
  "STEP_FREE_ACCESS",
  "INDUCTION_LOOP",
  "EASY_TO_READ_MATERIALS",
  "LARGE_PRINT_MATERIALS",
  "ASSISTANCE_DOG",
  "PERSONAL_ASSISTANT",
  "DIETARY_NEEDS",
  "OTHER",
] as const;

export type AccessibilityNeed = (typeof ACCESSIBILITY_NEEDS)[number];

export const ACCESSIBILITY_NEED_LABELS_PL: Record<AccessibilityNeed, string> = {
  SIGN_LANGUAGE_INTERPRETER: "tłumacz polskiego języka migowego",
  STEP_FREE_ACCESS: "dostęp bez schodów i progów",
  INDUCTION_LOOP: "pętla indukcyjna",
  EASY_TO_READ_MATERIALS: "materiały w tekście łatwym do czytania (ETR)",
  LARGE_PRINT_MATERIALS: "materiały w powiększonym druku",
  ASSISTANCE_DOG: "pies asystujący",
  PERSONAL_ASSISTANT: "udział asystenta osobistego",
  DIETARY_NEEDS: "specjalna dieta",
  OTHER: "inne potrzeby (opisane w uwagach)",
};

export const REGISTRATION_STATUSES = ["CONFIRMED", "WAITING_LIST", "CANCELLED"] as const;

export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_STATUS_LABELS_PL: Record<RegistrationStatus, string> = {
  CONFIRMED: "potwierdzone",
  WAITING_LIST: "lista rezerwowa",
  CANCELLED: "anulowane",
};
