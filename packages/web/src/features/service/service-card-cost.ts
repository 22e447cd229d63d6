import type { CostKind } from "@/__generated__/graphql";
import { priceText } from "./service-detail-format";
import { COST_KIND_LABELS } from "./service-labels";

/** "Bezpłatna", "Odpłatna: 25 zł/godz.", "Odpłatność zależna od dochodu" — what a result card says. */
export function costText(cost: { kind: CostKind; amount?: number | null; unit?: string | null }): string {
  const label = COST_KIND_LABELS[cost.kind];
  const sentence = label.charAt(0).toUpperCase() + label.slice(1);
  const price = cost.kind === "FREE" ? null : priceText(cost.amount, cost.unit);
  return price ? `${sentence}: ${price}` : sentence;
}
