import { nonEmpty, type JsonLd } from "./json-ld";

export interface ServiceJsonLdInput {
  title: string;
  description: string;
  /** The Polish name of the service type, e.g. "usługi opiekuńcze". */
  serviceTypeLabel: string;
  provider: { name: string; isPublicBody: boolean; pageUrl: string } | null;
  areasServed: string[];
  /** Polish names of the target groups. */
  audiences: string[];
}

/**
 * schema.org GovernmentService when a public body (OPS, PCPR, gmina) provides the service, else
 * Service; `pageUrl` is its page on this site.
 */
export function serviceJsonLd(service: ServiceJsonLdInput, pageUrl: string): JsonLd {
  const provider = service.provider;
  return {
    "@context": "https://schema.org",
    "@type": provider?.isPublicBody ? "GovernmentService" : "Service",
    "@id": `${pageUrl}#usluga`,
    name: service.title,
    description: service.description || undefined,
    serviceType: service.serviceTypeLabel,
    url: pageUrl,
    provider: provider
      ? {
          "@type": provider.isPublicBody ? "GovernmentOrganization" : "Organization",
          name: provider.name,
          url: provider.pageUrl,
        }
      : undefined,
    areaServed: nonEmpty(service.areasServed.map((name) => ({ "@type": "AdministrativeArea", name }))),
    audience: nonEmpty(service.audiences.map((audienceType) => ({ "@type": "Audience", audienceType }))),
  };
}
