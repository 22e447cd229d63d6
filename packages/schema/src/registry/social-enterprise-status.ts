/** A wojewoda's decision on the status of przedsiębiorstwo społeczne (PS). */
export const SOCIAL_ENTERPRISE_DECISIONS = ["GRANTED", "WITHDRAWN"] as const;
export type SocialEnterpriseDecision = (typeof SOCIAL_ENTERPRISE_DECISIONS)[number];

/** Computed from the decision history and today's date, never stored. */
export const SOCIAL_ENTERPRISE_STATUSES = ["ACTIVE", "WITHDRAWN", "NONE"] as const;
export type SocialEnterpriseStatusValue = (typeof SOCIAL_ENTERPRISE_STATUSES)[number];
