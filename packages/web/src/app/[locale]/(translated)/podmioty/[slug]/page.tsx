import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { graphql } from "@/__generated__";
import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PrintActions } from "@/components/print-actions";
import { organizationBadgeVariants } from "@/features/organization/organization-badge-variants";
import { CertificateList } from "@/features/organization/certificate-list";
import { organizationLabels } from "@/features/organization/organization-labels";
import { absoluteUrl } from "@/features/seo/json-ld";
import { JsonLdScript } from "@/features/seo/json-ld-script";
import { openGraph } from "@/features/seo/open-graph";
import { organizationJsonLd } from "@/features/seo/organization-json-ld";
import { alternates } from "@/i18n/alternates";
import { LOCALE_TAGS, localeHref, localeOf, recordLang } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { siteUrl } from "@/lib/config";
import { formatDate, isStale } from "@/lib/dates";
import { externalUrl, telephoneHref } from "@/lib/contact-links";
import { badUserInput } from "@/lib/graphql-errors";
import { absolutePageUrl } from "@/lib/page-url";

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

type Params = Promise<{ locale: string; slug: string }>;

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

const organizationPath = (slug: string) => `/podmioty/${encodeURIComponent(slug)}`;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const words = getMessages(locale).registry.organization;
  const organization = await loadOrganization((await params).slug);
  if (!organization) return { title: words.notFound };
  const legalForm = organizationLabels(locale).legalForms[organization.legalForm];
  const description = words.description(legalForm, organization.address.city);
  return {
    title: organization.name,
    description,
    openGraph: openGraph(organization.name, description, "website", locale),
    alternates: alternates(locale, organizationPath(organization.slug)),
  };
}

export default async function OrganizationPage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const organization = await loadOrganization((await params).slug);
  if (!organization) notFound();
  const { registry, site } = getMessages(locale);
  const words = registry.organization;
  const labels = organizationLabels(locale);
  const lang = recordLang(locale);
  const tag = LOCALE_TAGS[locale];
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
  const legalFormDetail = labels.legalFormDetails[organization.legalForm];
  // The structured data names the Polish page: the record and its canonical address are Polish.
  const jsonLd = organizationJsonLd(
    { ...organization, website: website?.href },
    absoluteUrl(siteUrl(), organizationPath(organization.slug)),
  );
  const missing = <span className="missing">{words.missing}</span>;
  const orMissing = (value: string | null | undefined) => (value ? value : missing);

  return (
    <div className="container organization-page">
      <JsonLdScript data={jsonLd} />
      <Breadcrumbs
        label={site.breadcrumbs}
        items={[
          { label: words.breadcrumb, href: localeHref(locale, "/podmioty") },
          { label: <span lang={lang}>{organization.name}</span> },
        ]}
      />
      <h1 lang={lang}>{organization.name}</h1>
      {organization.shortName && organization.shortName !== organization.name && (
        <p className="organization-page__short-name">
          {words.shortName} <span lang={lang}>{organization.shortName}</span>
        </p>
      )}
      <Badges label={registry.badges.label}>
        {badgeVariants.map((variant) => (
          <Badge key={variant} variant={variant}>
            {registry.badges[variant]}
          </Badge>
        ))}
      </Badges>
      <PrintActions
        url={await absolutePageUrl(localeHref(locale, organizationPath(organization.slug)))}
        words={site}
      />

      {organization.isDemo && (
        <div className="notice notice--demo">
          <p>
            <strong>{words.demoTitle}</strong> {words.demoText}
          </p>
        </div>
      )}
      {!organization.isDemo && stale && (
        <div className="notice">
          <p>
            <strong>{words.staleTitle}</strong> {words.staleText}
          </p>
        </div>
      )}

      <section aria-labelledby="informacje">
        <h2 id="informacje">{words.basics}</h2>
        <dl className="facts">
          <div>
            <dt>{words.legalForm}</dt>
            <dd>
              {labels.legalForms[organization.legalForm]}
              {legalFormDetail && <span className="facts__detail"> ({legalFormDetail})</span>}
            </dd>
          </div>
          <div>
            <dt>{words.pesType}</dt>
            <dd>{labels.pesTypes[organization.pesType]}</dd>
          </div>
          {organization.foundingBody && (
            <div>
              <dt>{words.foundingBody}</dt>
              <dd lang={lang}>{organization.foundingBody}</dd>
            </div>
          )}
          <div>
            <dt>{words.activity}</dt>
            <dd>{organization.isActive ? words.active : words.inactive}</dd>
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
          <p className="organization-page__description" lang={lang}>
            {organization.description}
          </p>
        )}
      </section>

      <section aria-labelledby="kontakt">
        <h2 id="kontakt">{words.contact}</h2>
        <dl className="facts">
          <div>
            <dt>{words.seat}</dt>
            <dd>
              <span lang={lang}>
                {organization.address.streetAddress}, {organization.address.postalCode}{" "}
                {organization.address.city}
              </span>
              <br />
              {words.gmina} <span lang={lang}>{organization.seatGmina.name}</span> (
              {labels.placeKinds[organization.seatGmina.kind]})
            </dd>
          </div>
          <div>
            <dt>{words.email}</dt>
            <dd>
              {organization.contact.email ? (
                <a href={`mailto:${organization.contact.email}`}>{organization.contact.email}</a>
              ) : (
                missing
              )}
            </dd>
          </div>
          <div>
            <dt>{words.phone}</dt>
            <dd>
              {organization.contact.phone && phone ? (
                <a href={phone}>{organization.contact.phone}</a>
              ) : (
                orMissing(organization.contact.phone)
              )}
            </dd>
          </div>
          <div>
            <dt>{words.website}</dt>
            <dd>
              {website ? (
                <a href={website.href} rel="noopener noreferrer external">
                  {website.label}
                  <span className="visually-hidden">{words.external}</span>
                </a>
              ) : (
                orMissing(organization.contact.website)
              )}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="obszar">
        <h2 id="obszar">{words.area}</h2>
        {organization.areasServed.length > 0 ? (
          <ul className="inline-list">
            {organization.areasServed.map((area) => (
              <li key={area.code}>
                <span lang={lang}>{area.name}</span>{" "}
                <span className="muted">({labels.placeKinds[area.kind]})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{words.noArea}</p>
        )}
      </section>

      <section aria-labelledby="oferta">
        <h2 id="oferta">{words.offer}</h2>
        {organization.offerings.length > 0 ? (
          <ul className="offerings">
            {organization.offerings.map((offering) => (
              <li key={offering.id}>
                <span className="offerings__name" lang={lang}>
                  {offering.name}
                </span>{" "}
                <span className="muted">({labels.offeringKinds[offering.kind]})</span>
                {offering.description && (
                  <p className="offerings__description" lang={lang}>
                    {offering.description}
                  </p>
                )}
                {offering.cpvCodes.length > 0 && (
                  <p className="cpv">
                    {words.cpvCodes} {offering.cpvCodes.join(", ")}
                  </p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>{words.noOffer}</p>
        )}
      </section>

      <section aria-labelledby="ps">
        <h2 id="ps">{words.status}</h2>
        <p>
          {words.statusNow}{" "}
          <strong>{labels.socialEnterpriseStatuses[organization.socialEnterpriseStatus]}</strong>.
        </p>
        {organization.socialEnterpriseDecisions.length > 0 && (
          <>
            <h3>{words.decisions}</h3>
            <ol className="decisions">
              {organization.socialEnterpriseDecisions.map((decision) => (
                <li key={decision.id}>
                  <strong>{labels.socialEnterpriseDecisions[decision.decision]}</strong>
                  {words.decision(
                    decision.decisionNumber ?? null,
                    formatDate(decision.decisionDate, tag),
                    formatDate(decision.effectiveFrom, tag),
                  )}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section aria-labelledby="certyfikaty">
        <h2 id="certyfikaty">{words.certificates}</h2>
        {organization.certificates.length > 0 ? (
          <CertificateList certificates={organization.certificates} locale={locale} />
        ) : (
          <p>{words.noCertificates}</p>
        )}
      </section>

      <p className="source">
        {words.lastVerified}{" "}
        {organization.lastVerifiedAt
          ? words.verifiedOn(formatDate(organization.lastVerifiedAt, tag))
          : words.missing}
        {" ("}
        {words.source}{" "}
        {organization.lastVerifiedSource ? (
          <span lang={lang}>{organization.lastVerifiedSource}</span>
        ) : (
          words.noSource
        )}
        {")"}
        {stale && words.staleSuffix}
      </p>
    </div>
  );
}
