import type { ChangeProposalStatus, ChangeProposalTargetType } from "@/__generated__/graphql";

export const STATUS_LABELS: Record<ChangeProposalStatus, string> = {
  PENDING: "czeka na redakcję",
  ACCEPTED: "przyjęta",
  REJECTED: "odrzucona",
};

export const TARGET_LABELS: Record<ChangeProposalTargetType, string> = {
  ORGANIZATION: "profil podmiotu",
  SERVICE: "usługa",
};

/** The `status` filter of the proposals list; anything else means every status. */
export function statusParam(value: string): ChangeProposalStatus | null {
  return value === "PENDING" || value === "ACCEPTED" || value === "REJECTED" ? value : null;
}

export const proposalHref = (id: string) => `/panel/propozycje/${encodeURIComponent(id)}`;

/** Where the public sees the record a proposal changed; null while there is no such record. */
export function publicRecordHref(proposal: {
  targetType: ChangeProposalTargetType;
  organization: { slug: string };
  service?: { slug: string } | null;
}): string | null {
  if (proposal.targetType === "ORGANIZATION") return `/podmioty/${proposal.organization.slug}`;
  return proposal.service ? `/uslugi/${proposal.service.slug}` : null;
}

/** What a proposal is about, in a few words: "profil podmiotu: Spółdzielnia Socjalna Razem". */
export function proposalSubject(proposal: {
  targetType: ChangeProposalTargetType;
  isNewRecord: boolean;
  organization: { name: string };
  service?: { title: string } | null;
}): string {
  if (proposal.targetType === "ORGANIZATION") return `profil podmiotu: ${proposal.organization.name}`;
  if (proposal.service) return `usługa: ${proposal.service.title}`;
  return proposal.isNewRecord ? "nowa usługa" : "usługa";
}
