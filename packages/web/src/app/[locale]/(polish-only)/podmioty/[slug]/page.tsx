import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { graphql } from "@/__generated__";
import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { KIND_LABELS } from "@/features/territory/kind-labels";
import { organizationBadgeVariants } from "@/features/organization/organization-badge-variants";
import { CertificateList } from "@/features/organization/certificate-list";
import {
  LEGAL_FORM_DETAILS,
  LEGAL_FORM_LABELS,
  OFFERING_KIND_LABELS,
  PES_TYPE_LABELS,
  SOCIAL_ENTERPRISE_DECISION_LABELS,
  SOCIAL_ENTERPRISE_STATUS_LABELS,
} from "@/features/organization/labels";
import { absoluteUrl } from "@/features/seo/json-ld";
import { JsonLdScript } from "@/features/seo/json-ld-script";
import { openGraph } from "@/features/seo/open-graph";
import { organizationJsonLd } from "@/features/seo/organization-json-ld";
import { query } from "@/lib/apollo/rsc-client";
import { siteUrl } from "@/lib/config";
import { formatDate, isStale } from "@/lib/dates";
import { badUserInput } from "@/lib/graphql-errors";
import { externalUrl, telephoneHref } from "@/lib/contact-links";

export const dynamic = "force-dynamic";

const OrganizationPageQuery = graphql(`
  query OrganizationPage($slug: String!) {
    organization(slug: $slug) {
      id
      slug
      name
      shortName
      legalForm
      pesType
      foundingBody
      description
      isActive
      isDemo
      nip
      regon
      krs
      lastVerifiedAt
      lastVerifiedSource
      address {
        streetAddress
        postalCode
        city
      }
      seatGmina {
        code
        name
        kind
      }
      contact {
        email
        phone
        website
      }
      areasServed {
        code
        name
        kind
      }
      offerings {
        id
        kind
        name
        description
        cpvCodes
      }
      socialEnterpriseStatus
      socialEnterpriseDecisions {
        id
        decision
        decisionDate
        decisionNumber
        effectiveFrom
      }
      certificates {
        id
        type
        status
        ...CertificateList_certificate
      }
    }
  }
`);

type Params = Promise<{ slug: string }>;

/** Slugs are short, lower-case words joined by hyphens; anything else cannot name an organization. */
const SLUG = /^[\p{L}\p{N}-]{1,200}$/u;

/**
 * One API call per request, shared by generateMetadata and the page; null when there is no such
 * (published) organization. Only the page calls notFound(): thrown from generateMetadata it would
 * leave the not-found page to client-side rendering, which does not work without JavaScript.
 */
const loadOrganization = cache(async (rawSlug: string) => {
  let slug: string;
  try {
    slug = decodeURIComponent(rawSlug);
  } catch {
    return null;
  }
  if (!SLUG.test(slug)) return null;
  const result = await query({ query: OrganizationPageQuery, variables: { slug }, errorPolicy: "all" });
  if (result.error) {
    if (badUserInput(result.error)) return null;
    throw result.error;
  }
  return result.data?.organization ?? null;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const organization = await loadOrganization((await params).slug);
  if (!organization) return { title: "Nie znaleziono podmiotu" };
  const description = `${LEGAL_FORM_LABELS[organization.legalForm]}, ${organization.address.city}: oferta, certyfikaty, status przedsiębiorstwa społecznego i dane kontaktowe.`;
  return { title: organization.name, description, openGraph: openGraph(organization.name, description) };
}

function orMissing(value: string | null | undefined) {
  return value ? value : <span className="missing">brak danych</span>;
}

export default async function OrganizationPage({ params }: { params: Params }) {
  const organization = await loadOrganization((await params).slug);
  if (!organization) notFound();
  const now = new Date();
  const stale = isStale(organization.lastVerifiedAt, now);
  const website = organization.contact.website ? externalUrl(organization.contact.website) : null;
  const phone = organization.contact.phone ? telephoneHref(organization.contact.phone) : null;
  const badgeVariants = organizationBadgeVariants({
    hasActiveZakupProspoleczny: organization.certificates.some(
      (certificate) => certificate.type === "ZAKUP_PROSPOLECZNY" && certificate.status === "ACTIVE",
    ),
    socialEnterpriseStatus: organization.socialEnterpriseStatus,
    isDemo: organization.isDemo,
    isStale: stale,
    isActive: organization.isActive,
  });
  const legalFormDetail = LEGAL_FORM_DETAILS[organization.legalForm];
  const jsonLd = organizationJsonLd(
    { ...organization, website: website?.href },
    absoluteUrl(siteUrl(), `/podmioty/${encodeURIComponent(organization.slug)}`),
  );

  return (
    <div className="container organization-page">
      <JsonLdScript data={jsonLd} />
      <Breadcrumbs
        items={[{ label: "Wyszukiwarka podmiotów", href: "/podmioty" }, { label: organization.name }]}
      />
      <h1>{organization.name}</h1>
      {organization.shortName && organization.shortName !== organization.name && (
        <p className="organization-page__short-name">Nazwa skrócona: {organization.shortName}</p>
      )}
      <Badges>
        {badgeVariants.map((variant) => (
          <Badge key={variant} variant={variant} />
        ))}
      </Badges>

      {organization.isDemo && (
        <div className="notice notice--demo">
          <p>
            <strong>Dane demonstracyjne.</strong> Ten rekord przygotowano do prezentacji serwisu. Nie traktuj
            go jako potwierdzonej informacji o podmiocie — przed zamówieniem sprawdź dane u źródła.
          </p>
        </div>
      )}
      {!organization.isDemo && stale && (
        <div className="notice">
          <p>
            <strong>Dane mogą być nieaktualne.</strong> Nie były potwierdzane od ponad 12 miesięcy.
          </p>
        </div>
      )}

      <section aria-labelledby="informacje">
        <h2 id="informacje">Podstawowe informacje</h2>
        <dl className="facts">
          <div>
            <dt>Forma prawna</dt>
            <dd>
              {LEGAL_FORM_LABELS[organization.legalForm]}
              {legalFormDetail && <span className="facts__detail"> ({legalFormDetail})</span>}
            </dd>
          </div>
          <div>
            <dt>Rodzaj podmiotu</dt>
            <dd>{PES_TYPE_LABELS[organization.pesType]}</dd>
          </div>
          {organization.foundingBody && (
            <div>
              <dt>Podmiot tworzący</dt>
              <dd>{organization.foundingBody}</dd>
            </div>
          )}
          <div>
            <dt>Działalność</dt>
            <dd>{organization.isActive ? "prowadzi działalność" : "nie prowadzi działalności"}</dd>
          </div>
          <div>
            <dt>NIP</dt>
            <dd>{orMissing(organization.nip)}</dd>
          </div>
          <div>
            <dt>REGON</dt>
            <dd>{orMissing(organization.regon)}</dd>
          </div>
          <div>
            <dt>KRS</dt>
            <dd>{orMissing(organization.krs)}</dd>
          </div>
        </dl>
        {organization.description && (
          <p className="organization-page__description">{organization.description}</p>
        )}
      </section>

      <section aria-labelledby="kontakt">
        <h2 id="kontakt">Adres i kontakt</h2>
        <dl className="facts">
          <div>
            <dt>Adres siedziby</dt>
            <dd>
              {organization.address.streetAddress}, {organization.address.postalCode}{" "}
              {organization.address.city}
              <br />
              gmina {organization.seatGmina.name} ({KIND_LABELS[organization.seatGmina.kind]})
            </dd>
          </div>
          <div>
            <dt>E-mail</dt>
            <dd>
              {organization.contact.email ? (
                <a href={`mailto:${organization.contact.email}`}>{organization.contact.email}</a>
              ) : (
                orMissing(null)
              )}
            </dd>
          </div>
          <div>
            <dt>Telefon</dt>
            <dd>
              {organization.contact.phone && phone ? (
                <a href={phone}>{organization.contact.phone}</a>
              ) : (
                orMissing(organization.contact.phone)
              )}
            </dd>
          </div>
          <div>
            <dt>Strona internetowa</dt>
            <dd>
              {website ? (
                <a href={website.href} rel="noopener noreferrer external">
                  {website.label}
                  <span className="visually-hidden"> (strona zewnętrzna)</span>
                </a>
              ) : (
                orMissing(organization.contact.website)
              )}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="obszar">
        <h2 id="obszar">Obszar działania</h2>
        {organization.areasServed.length > 0 ? (
          <ul className="inline-list">
            {organization.areasServed.map((area) => (
              <li key={area.code}>
                {area.name} <span className="muted">({KIND_LABELS[area.kind]})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>Podmiot nie podał obszaru działania poza siedzibą.</p>
        )}
      </section>

      <section aria-labelledby="oferta">
        <h2 id="oferta">Oferta</h2>
        {organization.offerings.length > 0 ? (
          <ul className="offerings">
            {organization.offerings.map((offering) => (
              <li key={offering.id}>
                <span className="offerings__name">{offering.name}</span>{" "}
                <span className="muted">({OFFERING_KIND_LABELS[offering.kind]})</span>
                {offering.description && <p className="offerings__description">{offering.description}</p>}
                {offering.cpvCodes.length > 0 && (
                  <p className="cpv">Kody CPV: {offering.cpvCodes.join(", ")}</p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>Podmiot nie podał jeszcze swojej oferty.</p>
        )}
      </section>

      <section aria-labelledby="ps">
        <h2 id="ps">Status przedsiębiorstwa społecznego</h2>
        <p>
          Obecnie podmiot{" "}
          <strong>{SOCIAL_ENTERPRISE_STATUS_LABELS[organization.socialEnterpriseStatus]}</strong>.
        </p>
        {organization.socialEnterpriseDecisions.length > 0 && (
          <>
            <h3>Decyzje wojewody</h3>
            <ol className="decisions">
              {organization.socialEnterpriseDecisions.map((decision) => (
                <li key={decision.id}>
                  <strong>{SOCIAL_ENTERPRISE_DECISION_LABELS[decision.decision]}</strong> — decyzja
                  {decision.decisionNumber ? ` nr ${decision.decisionNumber}` : ""} z{" "}
                  {formatDate(decision.decisionDate)} r., obowiązuje od {formatDate(decision.effectiveFrom)}{" "}
                  r.
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section aria-labelledby="certyfikaty">
        <h2 id="certyfikaty">Certyfikaty i znaki jakości</h2>
        {organization.certificates.length > 0 ? (
          <CertificateList certificates={organization.certificates} />
        ) : (
          <p>Podmiot nie ma certyfikatów ani znaków jakości.</p>
        )}
      </section>

      <p className="source">
        Ostatnia weryfikacja:{" "}
        {organization.lastVerifiedAt ? `${formatDate(organization.lastVerifiedAt)} r.` : "brak danych"}
        {` (źródło: ${organization.lastVerifiedSource ?? "nie podano"})`}
        {stale && " — dane mogą być nieaktualne."}
      </p>
    </div>
  );
}
