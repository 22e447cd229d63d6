import type { WordedBadgeVariant } from "@/components/badge";

/** The badges of an organization, in the order shown, from the facts the API gives about it. */
export function organizationBadgeVariants(organization: {
  hasActiveZakupProspoleczny: boolean;
  socialEnterpriseStatus: string;
  isDemo: boolean;
  isStale: boolean;
  isActive: boolean;
}): WordedBadgeVariant[] {
  const variants: WordedBadgeVariant[] = [];
  if (organization.hasActiveZakupProspoleczny) variants.push("certified");
  if (organization.socialEnterpriseStatus === "ACTIVE") variants.push("social-enterprise");
  if (!organization.isActive) variants.push("inactive");
  if (organization.isStale) variants.push("stale");
  if (organization.isDemo) variants.push("demo");
  return variants;
}
