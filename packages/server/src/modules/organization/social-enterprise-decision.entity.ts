import { defineEntity, p, type InferEntity } from "@mikro-orm/core";
import { SOCIAL_ENTERPRISE_DECISIONS } from "@obserwatorium/schema";

/** A wojewoda's decision granting or withdrawing the PS status; the history is never rewritten. */
export const SocialEnterpriseDecisionEntity = defineEntity({
  name: "SocialEnterpriseDecision",
  tableName: "social_enterprise_decision",
  properties: {
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    decision: p.enum([...SOCIAL_ENTERPRISE_DECISIONS]),
    decisionDate: p.date(),
    decisionNumber: p.text().nullable(),
    voivodeshipCode: p.string().length(2),
    effectiveFrom: p.date(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type SocialEnterpriseDecision = InferEntity<typeof SocialEnterpriseDecisionEntity>;
