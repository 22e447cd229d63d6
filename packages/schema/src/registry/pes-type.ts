/**
 * What kind of social-economy entity an organization is. Reintegration units (CIS, KIS under the
 * social employment act; ZAZ, WTZ under the rehabilitation act) have a founding body.
 */
export const PES_TYPES = ["PES", "CIS", "KIS", "ZAZ", "WTZ", "ZPCHR", "NOT_PES"] as const;

export type PesType = (typeof PES_TYPES)[number];

export const PES_TYPES_WITH_FOUNDING_BODY: readonly PesType[] = ["CIS", "KIS", "ZAZ", "WTZ"];

export const PES_TYPE_LABELS_PL: Record<PesType, string> = {
  PES: "podmiot ekonomii społecznej",
  CIS: "centrum integracji społecznej (CIS)",
  KIS: "klub integracji społecznej (KIS)",
  ZAZ: "zakład aktywności zawodowej (ZAZ)",
  WTZ: "warsztat terapii zajęciowej (WTZ)",
  ZPCHR: "zakład pracy chronionej (ZPChr)",
  NOT_PES: "instytucja publiczna (nie PES)",
};
