import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { Card } from "@/components/card";
import { localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { isStale } from "@/lib/dates";
import { organizationBadgeVariants } from "./organization-badge-variants";
import { organizationLabels } from "./organization-labels";

export const OrganizationCard_organization = graphql(`
  fragment OrganizationCard_organization on Organization {
    id
    slug
    name
    legalForm
    isActive
    isDemo
    lastVerifiedAt
    socialEnterpriseStatus
    address {
      city
    }
    activeCertificates: certificates(activeOnly: true) {
      id
      type
    }
    offerings {
      id
      name
    }
  }
`);

/** One search result: the name links to the organization's page (its heading, for screen readers). */
export function OrganizationCard(props: {
  organization: FragmentType<typeof OrganizationCard_organization>;
  now: Date;
  locale: Locale;
}) {
  const { locale } = props;
  const words = getMessages(locale).registry;
  const lang = recordLang(locale);
  const organization = getFragmentData(OrganizationCard_organization, props.organization);
  const headingId = `podmiot-${organization.slug}`;
  const badgeVariants = organizationBadgeVariants({
    hasActiveZakupProspoleczny: organization.activeCertificates.some(
      (certificate) => certificate.type === "ZAKUP_PROSPOLECZNY",
    ),
    socialEnterpriseStatus: organization.socialEnterpriseStatus,
    isDemo: organization.isDemo,
    isStale: isStale(organization.lastVerifiedAt, props.now),
    isActive: organization.isActive,
  });
  return (
    <Card
      className="organization-card"
      headingId={headingId}
      href={localeHref(locale, `/podmioty/${encodeURIComponent(organization.slug)}`)}
      title={organization.name}
      titleLang={lang}
      meta={
        <>
          {organizationLabels(locale).legalForms[organization.legalForm]} ·{" "}
          <span lang={lang}>{organization.address.city}</span>
        </>
      }
    >
      {/* Here the badges come before the offer, which can be long. */}
      <Badges label={words.badges.label}>
        {badgeVariants.map((variant) => (
          <Badge key={variant} variant={variant}>
            {words.badges[variant]}
          </Badge>
        ))}
      </Badges>
      {organization.offerings.length > 0 && (
        <p className="organization-card__offerings">
          <span className="organization-card__label">{words.card.offer}</span>{" "}
          <span lang={lang}>{organization.offerings.map((offering) => offering.name).join(", ")}</span>
        </p>
      )}
    </Card>
  );
}
