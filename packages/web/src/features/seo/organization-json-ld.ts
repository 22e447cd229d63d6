import { nonEmpty, type JsonLd } from "./json-ld";

export interface OrganizationJsonLdInput {
  name: string;
  description: string;
  nip?: string | null;
  regon?: string | null;
  krs?: string | null;
  address: { streetAddress: string; postalCode: string; city: string };
  contact: { email?: string | null; phone?: string | null };
  /** The organization's own website, already normalized to an absolute http(s) URL. */
  website?: string | null;
}

function identifier(name: string, value: string | null | undefined): JsonLd[] {
  return value ? [{ "@type": "PropertyValue", propertyID: name, value }] : [];
}

/** schema.org Organization for a registry entry; `pageUrl` is its page on this site. */
export function organizationJsonLd(organization: OrganizationJsonLdInput, pageUrl: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": `${pageUrl}#podmiot`,
    name: organization.name,
    description: organization.description || undefined,
    url: organization.website || pageUrl,
    mainEntityOfPage: pageUrl,
    address: {
      "@type": "PostalAddress",
      streetAddress: organization.address.streetAddress,
      postalCode: organization.address.postalCode,
      addressLocality: organization.address.city,
      addressCountry: "PL",
    },
    email: organization.contact.email || undefined,
    telephone: organization.contact.phone || undefined,
    taxID: organization.nip || undefined,
    identifier: nonEmpty([
      ...identifier("NIP", organization.nip),
      ...identifier("REGON", organization.regon),
      ...identifier("KRS", organization.krs),
    ]),
  };
}
