/** What a badge says about a record; the words carry the meaning, the colour only repeats it. */
export type BadgeKind = "zakup" | "ps" | "demo" | "stale" | "inactive";

const BADGE_LABELS: Record<BadgeKind, string> = {
  zakup: "Zakup Prospołeczny",
  ps: "Przedsiębiorstwo społeczne",
  inactive: "Nie prowadzi działalności",
  stale: "Dane nieaktualne",
  demo: "Dane demonstracyjne",
};

const ORDER: BadgeKind[] = ["zakup", "ps", "inactive", "stale", "demo"];

export function Badges(props: { kinds: BadgeKind[]; label?: string }) {
  const kinds = ORDER.filter((kind) => props.kinds.includes(kind));
  if (kinds.length === 0) return null;
  return (
    <ul className="badges" aria-label={props.label ?? "Oznaczenia"}>
      {kinds.map((kind) => (
        <li key={kind} className={`badge badge--${kind}`}>
          {BADGE_LABELS[kind]}
        </li>
      ))}
    </ul>
  );
}

/** The badges of an organization, from the facts the API gives about it. */
export function organizationBadgeKinds(organization: {
  hasActiveZakupProspoleczny: boolean;
  socialEnterpriseStatus: string;
  isDemo: boolean;
  isStale: boolean;
  isActive: boolean;
}): BadgeKind[] {
  const kinds: BadgeKind[] = [];
  if (organization.hasActiveZakupProspoleczny) kinds.push("zakup");
  if (organization.socialEnterpriseStatus === "ACTIVE") kinds.push("ps");
  if (!organization.isActive) kinds.push("inactive");
  if (organization.isStale) kinds.push("stale");
  if (organization.isDemo) kinds.push("demo");
  return kinds;
}
