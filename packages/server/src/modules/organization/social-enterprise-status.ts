import type { SocialEnterpriseStatusValue } from "@obserwatorium/schema";
import type { SocialEnterpriseDecision } from "./social-enterprise-decision.entity";

/**
 * The PS status on a given day: the latest decision in force decides. A grant followed by a
 * withdrawal is WITHDRAWN; a later new grant makes it ACTIVE again; no decision in force is NONE.
 */
export function socialEnterpriseStatusOn(
  decisions: readonly Pick<SocialEnterpriseDecision, "decision" | "effectiveFrom" | "decisionDate">[],
  today: string,
): SocialEnterpriseStatusValue {
  const inForce = decisions
    .filter((decision) => decision.effectiveFrom <= today)
    .sort(
      (a, b) =>
        a.effectiveFrom.localeCompare(b.effectiveFrom) || a.decisionDate.localeCompare(b.decisionDate),
    )
    .at(-1);
  if (!inForce) return "NONE";
  return inForce.decision === "GRANTED" ? "ACTIVE" : "WITHDRAWN";
}
