/** What a resident pays for a social service (DOMAIN.md: free / paid / partly / income-dependent). */
export const COST_KINDS = ["FREE", "PAID", "PARTLY_PAID", "INCOME_DEPENDENT"] as const;

export type CostKind = (typeof COST_KINDS)[number];

export const COST_KIND_LABELS_PL: Record<CostKind, string> = {
  FREE: "bezpłatna",
  PAID: "odpłatna",
  PARTLY_PAID: "częściowo odpłatna",
  INCOME_DEPENDENT: "odpłatność zależna od dochodu",
};

/** Where a social service is delivered: at the provider's premises, at the resident's home, or remotely. */
export const DELIVERY_MODES = ["ON_SITE", "AT_HOME", "REMOTE"] as const;

export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const DELIVERY_MODE_LABELS_PL: Record<DeliveryMode, string> = {
  ON_SITE: "na miejscu, w placówce",
  AT_HOME: "w domu osoby korzystającej",
  REMOTE: "zdalnie (telefonicznie lub przez internet)",
};
