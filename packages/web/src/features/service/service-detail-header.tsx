import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import type { ServiceDetailHeader_ServiceFragment } from "@/__generated__/graphql";
import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PrintActions } from "@/components/print-actions";
import { absoluteUrl } from "@/features/seo/json-ld";
import { JsonLdScript } from "@/features/seo/json-ld-script";
import { serviceJsonLd } from "@/features/seo/service-json-ld";
import { localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { siteUrl } from "@/lib/config";
import { ServiceStaleNotice } from "./service-detail-verification";
import { SERVICE_TYPE_LABELS, serviceLabels, TARGET_GROUP_LABELS } from "./service-labels";
import { SERVICES_PATH } from "./service-search";

export const ServiceDetailHeader_service = graphql(`
  fragment ServiceDetailHeader_service on Service {
    slug
    title
    serviceType
    isDemo
    isStale
    description
    targetGroups
    areasServed {
      name
    }
    provider {
      name
      slug
      legalForm
    }
    ...ServiceDetailVerification_service
  }
`);

/**
 * The record as structured data, in Polish, the record's language, whichever page shows it: one
 * service, named by its Polish (canonical) address.
 */
function ServiceJsonLd(props: { service: ServiceDetailHeader_ServiceFragment }) {
  const { service } = props;
  const base = siteUrl();
  const data = serviceJsonLd(
    {
      title: service.title,
      description: service.description,
      serviceTypeLabel: SERVICE_TYPE_LABELS[service.serviceType],
      provider: service.provider && {
        name: service.provider.name,
        isPublicBody: service.provider.legalForm === "PUBLIC_BODY",
        pageUrl: absoluteUrl(base, `/podmioty/${encodeURIComponent(service.provider.slug)}`),
      },
      areasServed: service.areasServed.map((area) => area.name),
      audiences: service.targetGroups.map((group) => TARGET_GROUP_LABELS[group]),
    },
    absoluteUrl(base, `${SERVICES_PATH}/${encodeURIComponent(service.slug)}`),
  );
  return <JsonLdScript data={data} />;
}

/** The top of a service page: the way back, the title and kind, labels, printing and warnings. */
export function ServiceDetailHeader(props: {
  service: FragmentType<typeof ServiceDetailHeader_service>;
  printedUrl: string;
  locale: Locale;
}) {
  const { locale } = props;
  const service = getFragmentData(ServiceDetailHeader_service, props.service);
  const { service: words, site } = getMessages(locale);
  return (
    <>
      <ServiceJsonLd service={service} />
      <Breadcrumbs
        label={site.breadcrumbs}
        items={[
          { label: words.breadcrumb, href: localeHref(locale, SERVICES_PATH) },
          { label: <span lang={recordLang(locale)}>{service.title}</span> },
        ]}
      />
      <h1 lang={recordLang(locale)}>{service.title}</h1>
      <p className="service-detail__type">{serviceLabels(locale).serviceTypes[service.serviceType]}</p>
      <Badges label={words.badges}>
        {service.isStale && <Badge variant="stale">{words.staleBadge}</Badge>}
        {service.isDemo && <Badge variant="demo">{words.demoBadge}</Badge>}
      </Badges>
      {locale !== "pl" && <p className="hint">{words.recordInPolish}</p>}
      <PrintActions url={props.printedUrl} words={site} />

      <ServiceStaleNotice service={service} locale={locale} />
      {service.isDemo && (
        <div className="notice notice--demo">
          <p>
            <strong>{words.demoTitle}</strong> {words.demoText}
          </p>
        </div>
      )}
    </>
  );
}
