/** Legal forms of social-economy entities (DOMAIN.md), plus public bodies that provide services. */
export const LEGAL_FORMS = [
  "SOCIAL_COOPERATIVE",
  "WORKERS_COOPERATIVE",
  "DISABLED_PERSONS_COOPERATIVE",
  "BLIND_PERSONS_COOPERATIVE",
  "FOUNDATION",
  "ASSOCIATION",
  "OTHER_NGO",
  "CHURCH_LEGAL_PERSON",
  "NON_PROFIT_COMPANY",
  "RURAL_HOUSEWIVES_CIRCLE",
  "PUBLIC_BODY",
] as const;

export type LegalForm = (typeof LEGAL_FORMS)[number];

export const LEGAL_FORM_LABELS_PL: Record<LegalForm, string> = {
  SOCIAL_COOPERATIVE: "spółdzielnia socjalna",
  WORKERS_COOPERATIVE: "spółdzielnia pracy",
  DISABLED_PERSONS_COOPERATIVE: "spółdzielnia inwalidów",
  BLIND_PERSONS_COOPERATIVE: "spółdzielnia niewidomych",
  FOUNDATION: "fundacja",
  ASSOCIATION: "stowarzyszenie",
  OTHER_NGO: "inna organizacja pozarządowa (art. 3 ust. 2 UDPPiW)",
  CHURCH_LEGAL_PERSON: "kościelna osoba prawna",
  NON_PROFIT_COMPANY: "spółka non-profit",
  RURAL_HOUSEWIVES_CIRCLE: "koło gospodyń wiejskich",
  PUBLIC_BODY: "jednostka publiczna (np. OPS, PCPR, CUS)",
};
