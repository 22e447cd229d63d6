import type { CostKind } from "@/__generated__/graphql";
import { priceText } from "./service-detail-format";
import { COST_KIND_LABELS } from "./service-labels";

/**
 * "Bezpłatna", "Odpłatna: 25 zł/godz.", "Odpłatność zależna od dochodu" — what a result card says;
 * `labels` gives the kinds in another language (the price and its unit are the record's).
 */
export function costText(
  cost: { kind: CostKind; amount?: number | null; unit?: string | null },
  labels: Record<CostKind, string> = COST_KIND_LABELS,
): string {
  const { sentence, price } = costParts(cost, labels);
  return price ? `${sentence}: ${price}` : sentence;
}

/** The kind as a sentence and the price (null for a free service or one without an amount). */
export function costParts(
  cost: { kind: CostKind; amount?: number | null; unit?: string | null },
  labels: Record<CostKind, string> = COST_KIND_LABELS,
): { sentence: string; price: string | null } {
  const label = labels[cost.kind];
  const sentence = label.charAt(0).toUpperCase() + label.slice(1);
  return { sentence, price: cost.kind === "FREE" ? null : priceText(cost.amount, cost.unit) };
}
