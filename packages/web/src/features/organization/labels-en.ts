import type {
  CertificateStatus,
  CertificateType,
  LegalForm,
  OfferingKind,
  PesType,
  SocialEnterpriseDecisionKind,
  SocialEnterpriseStatus,
} from "@/__generated__/graphql";

// English labels of the registry's enums on translated pages; Polish abbreviations (CIS, ZAZ…) stay,
// as they are what a reader will meet in Poland. The marks keep their Polish names.

export const LEGAL_FORM_DETAILS_EN: Partial<Record<LegalForm, string>> = {
  OTHER_NGO: "an organisation referred to in Art. 3(2) of the Act on public benefit activity",
  PUBLIC_BODY: "e.g. a social assistance centre (OPS), a county family support centre (PCPR)",
};

export const PES_TYPE_LABELS_EN: Record<PesType, string> = {
  PES: "social economy entity",
  CIS: "social integration centre (CIS)",
  KIS: "social integration club (KIS)",
  WTZ: "occupational therapy workshop (WTZ)",
  ZAZ: "vocational activity establishment (ZAZ)",
  ZPCHR: "sheltered employment establishment (ZPChr)",
  NOT_PES: "public institution (not a social economy entity)",
};

export const CERTIFICATE_TYPE_LABELS_EN: Record<CertificateType, string> = {
  ZAKUP_PROSPOLECZNY: "Zakup Prospołeczny",
  ZNAK_JAKOSCI_ES: "Znak Jakości Ekonomii Społecznej i Solidarnej (social economy quality mark)",
};

export const CERTIFICATE_STATUS_LABELS_EN: Record<CertificateStatus, string> = {
  ACTIVE: "active",
  EXPIRED: "expired",
  NOT_YET_VALID: "not yet valid",
  REVOKED: "revoked",
};

export const OFFERING_KIND_LABELS_EN: Record<OfferingKind, string> = {
  PRODUCT: "product",
  SERVICE: "service",
};

export const SOCIAL_ENTERPRISE_STATUS_LABELS_EN: Record<SocialEnterpriseStatus, string> = {
  ACTIVE: "has the status of a social enterprise",
  WITHDRAWN: "had its social enterprise status withdrawn",
  NONE: "does not have the status of a social enterprise",
};

export const SOCIAL_ENTERPRISE_DECISION_LABELS_EN: Record<SocialEnterpriseDecisionKind, string> = {
  GRANTED: "status granted",
  WITHDRAWN: "status withdrawn",
};
