import type {
  CertificateStatus,
  CertificateType,
  LegalForm,
  OfferingKind,
  PesType,
  SocialEnterpriseDecisionKind,
  SocialEnterpriseStatus,
} from "@/__generated__/graphql";

// Ukrainian labels of the registry's enums on translated pages; Polish abbreviations (CIS, ZAZ…)
// stay, as they are what a reader will meet in Poland. The marks keep their Polish names.

export const LEGAL_FORM_DETAILS_UK: Partial<Record<LegalForm, string>> = {
  OTHER_NGO: "організація, зазначена в ч. 2 ст. 3 Закону про діяльність на користь суспільства",
  PUBLIC_BODY: "напр. центр соціальної допомоги (OPS), повітовий центр допомоги сім’ї (PCPR)",
};

export const PES_TYPE_LABELS_UK: Record<PesType, string> = {
  PES: "суб’єкт соціальної економіки",
  CIS: "центр соціальної інтеграції (CIS)",
  KIS: "клуб соціальної інтеграції (KIS)",
  WTZ: "майстерня трудотерапії (WTZ)",
  ZAZ: "заклад професійної активності (ZAZ)",
  ZPCHR: "підприємство захищеної праці (ZPChr)",
  NOT_PES: "публічна установа (не є суб’єктом соціальної економіки)",
};

export const CERTIFICATE_TYPE_LABELS_UK: Record<CertificateType, string> = {
  ZAKUP_PROSPOLECZNY: "Zakup Prospołeczny",
  ZNAK_JAKOSCI_ES: "Znak Jakości Ekonomii Społecznej i Solidarnej (знак якості соціальної економіки)",
};

export const CERTIFICATE_STATUS_LABELS_UK: Record<CertificateStatus, string> = {
  ACTIVE: "чинний",
  EXPIRED: "закінчився",
  NOT_YET_VALID: "ще не чинний",
  REVOKED: "відкликаний",
};

export const OFFERING_KIND_LABELS_UK: Record<OfferingKind, string> = {
  PRODUCT: "продукт",
  SERVICE: "послуга",
};

export const SOCIAL_ENTERPRISE_STATUS_LABELS_UK: Record<SocialEnterpriseStatus, string> = {
  ACTIVE: "має статус соціального підприємства",
  WITHDRAWN: "статус соціального підприємства було відкликано",
  NONE: "не має статусу соціального підприємства",
};

export const SOCIAL_ENTERPRISE_DECISION_LABELS_UK: Record<SocialEnterpriseDecisionKind, string> = {
  GRANTED: "надання статусу",
  WITHDRAWN: "відкликання статусу",
};
