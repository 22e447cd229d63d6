/** Quality marks; an enum, not a hard-coded name, so a new mark is one more value. */
export const CERTIFICATE_TYPES = ["ZAKUP_PROSPOLECZNY", "ZNAK_JAKOSCI_ES"] as const;

export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

export const CERTIFICATE_TYPE_LABELS_PL: Record<CertificateType, string> = {
  ZAKUP_PROSPOLECZNY: "Zakup Prospołeczny",
  ZNAK_JAKOSCI_ES: "Znak Jakości Ekonomii Społecznej i Solidarnej",
};

/** "Zakup Prospołeczny" is granted for 12 months. */
export const CERTIFICATE_VALIDITY_MONTHS: Partial<Record<CertificateType, number>> = {
  ZAKUP_PROSPOLECZNY: 12,
};
