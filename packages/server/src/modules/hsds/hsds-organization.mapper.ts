import { LEGAL_FORM_LABELS_PL, type LegalForm } from "@obserwatorium/schema";
import type { Organization } from "../organization/organization.entity";
import { hsdsId } from "./hsds-ids";

interface SiteLinks {
  siteUrl: string;
}

/** Registry websites are often typed without a scheme; HSDS wants a URI. */
function websiteUri(website: string | null | undefined): string | undefined {
  if (!website?.trim()) return undefined;
  const text = /^https?:\/\//i.test(website.trim()) ? website.trim() : `https://${website.trim()}`;
  return URL.canParse(text) ? text : undefined;
}

const IDENTIFIERS = [
  ["nip", "NIP (numer identyfikacji podatkowej)"],
  ["regon", "REGON"],
  ["krs", "KRS (Krajowy Rejestr Sądowy)"],
] as const;

/** The one-to-one fields of an organization. */
export function hsdsOrganizationSummary(organization: Organization, links: SiteLinks) {
  const website = websiteUri(organization.website);
  return {
    id: organization.id,
    name: organization.name,
    ...(organization.shortName && { alternate_name: organization.shortName }),
    description: organization.description,
    ...(organization.email && { email: organization.email }),
    ...(website && { website }),
    legal_status: LEGAL_FORM_LABELS_PL[organization.legalForm as LegalForm] ?? organization.legalForm,
    uri: `${links.siteUrl}/podmioty/${encodeURIComponent(organization.slug)}`,
  };
}

/** The organization of GET /hsds/organizations/{id}: identifiers and the main phone as well. */
export function hsdsOrganization(organization: Organization, links: SiteLinks) {
  return {
    ...hsdsOrganizationSummary(organization, links),
    organization_identifiers: IDENTIFIERS.filter(([field]) => organization[field]).map(([field, type]) => ({
      id: hsdsId("organization_identifier", organization.id, field),
      organization_id: organization.id,
      identifier_type: type,
      identifier: organization[field]!,
    })),
    phones: organization.phone
      ? [
          {
            id: hsdsId("phone", organization.id),
            organization_id: organization.id,
            number: organization.phone,
          },
        ]
      : [],
  };
}
