import type {
  CertificateStatus,
  CertificateType,
  LegalForm,
  OfferingKind,
  PesType,
  SocialEnterpriseDecisionKind,
  SocialEnterpriseStatus,
} from "@/__generated__/graphql";

// Polish labels of the registry's enums. `Record<Enum, string>` makes a new enum value in the
// schema a type error here until it gets its label.

/** Legal forms, in the order the search form lists them. */
export const LEGAL_FORM_LABELS: Record<LegalForm, string> = {
  SOCIAL_COOPERATIVE: "spółdzielnia socjalna",
  WORKERS_COOPERATIVE: "spółdzielnia pracy",
  DISABLED_PERSONS_COOPERATIVE: "spółdzielnia inwalidów",
  BLIND_PERSONS_COOPERATIVE: "spółdzielnia niewidomych",
  FOUNDATION: "fundacja",
  ASSOCIATION: "stowarzyszenie",
  OTHER_NGO: "inna organizacja pozarządowa",
  CHURCH_LEGAL_PERSON: "kościelna osoba prawna",
  NON_PROFIT_COMPANY: "spółka non-profit",
  RURAL_HOUSEWIVES_CIRCLE: "koło gospodyń wiejskich",
  PUBLIC_BODY: "jednostka publiczna",
};

/** Longer explanations where the short label needs one (organization page). */
export const LEGAL_FORM_DETAILS: Partial<Record<LegalForm, string>> = {
  OTHER_NGO: "organizacja, o której mowa w art. 3 ust. 2 ustawy o działalności pożytku publicznego",
  PUBLIC_BODY: "np. ośrodek pomocy społecznej, PCPR, centrum usług społecznych",
};

export const PES_TYPE_LABELS: Record<PesType, string> = {
  PES: "podmiot ekonomii społecznej",
  CIS: "centrum integracji społecznej (CIS)",
  KIS: "klub integracji społecznej (KIS)",
  WTZ: "warsztat terapii zajęciowej (WTZ)",
  ZAZ: "zakład aktywności zawodowej (ZAZ)",
  ZPCHR: "zakład pracy chronionej (ZPChr)",
  NOT_PES: "instytucja publiczna (nie jest PES)",
};

export const CERTIFICATE_TYPE_LABELS: Record<CertificateType, string> = {
  ZAKUP_PROSPOLECZNY: "Zakup Prospołeczny",
  ZNAK_JAKOSCI_ES: "Znak Jakości Ekonomii Społecznej i Solidarnej",
};

export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, string> = {
  ACTIVE: "aktywny",
  EXPIRED: "wygasł",
  NOT_YET_VALID: "jeszcze nieważny",
  REVOKED: "cofnięty",
};

export const OFFERING_KIND_LABELS: Record<OfferingKind, string> = {
  PRODUCT: "produkt",
  SERVICE: "usługa",
};

export const SOCIAL_ENTERPRISE_STATUS_LABELS: Record<SocialEnterpriseStatus, string> = {
  ACTIVE: "ma status przedsiębiorstwa społecznego",
  WITHDRAWN: "status przedsiębiorstwa społecznego został odebrany",
  NONE: "nie ma statusu przedsiębiorstwa społecznego",
};

export const SOCIAL_ENTERPRISE_DECISION_LABELS: Record<SocialEnterpriseDecisionKind, string> = {
  GRANTED: "przyznanie statusu",
  WITHDRAWN: "odebranie statusu",
};
