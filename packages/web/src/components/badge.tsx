import type { ReactNode } from "react";

/** What a badge says about a record. */
export type BadgeVariant = "certified" | "social-enterprise" | "inactive" | "stale" | "demo" | "reserved";

/** The variants with a fixed Polish wording; a reserved-contract badge always names its kind. */
export type WordedBadgeVariant = Exclude<BadgeVariant, "reserved">;

const VARIANT_CLASSES: Record<BadgeVariant, string> = {
  certified: "badge--zakup",
  "social-enterprise": "badge--ps",
  inactive: "badge--inactive",
  stale: "badge--stale",
  demo: "badge--demo",
  reserved: "badge--reserved",
};

const POLISH_LABELS: Record<WordedBadgeVariant, string> = {
  certified: "Zakup Prospołeczny",
  "social-enterprise": "Przedsiębiorstwo społeczne",
  inactive: "Nie prowadzi działalności",
  stale: "Dane nieaktualne",
  demo: "Dane demonstracyjne",
};

/**
 * One item of `Badges`. The words carry the meaning and the colour only repeats it, so every badge
 * has text: the Polish default, or the caller's words (translated pages, a reserved-contract kind).
 */
export function Badge(
  props: { variant: "reserved"; children: ReactNode } | { variant: WordedBadgeVariant; children?: ReactNode },
) {
  const text = props.children ?? (props.variant === "reserved" ? null : POLISH_LABELS[props.variant]);
  return <li className={`badge ${VARIANT_CLASSES[props.variant]}`}>{text}</li>;
}
