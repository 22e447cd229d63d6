import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { graphql } from "@/__generated__";
import { Badges, type BadgeKind } from "@/features/organization/badges";
import { todayInPoland } from "@/features/service/opening-hours-format";
import { ReportOutdatedForm } from "@/features/service/report-outdated-form";
import { ServiceDetailAbout } from "@/features/service/service-detail-about";
import { ServiceDetailApply } from "@/features/service/service-detail-apply";
import { ServiceDetailAreas } from "@/features/service/service-detail-areas";
import { ServiceDetailAudience } from "@/features/service/service-detail-audience";
import { ServiceDetailCost } from "@/features/service/service-detail-cost";
import { ServiceDetailPlaces } from "@/features/service/service-detail-places";
import { ServiceDetailPrintButton } from "@/features/service/service-detail-print-button";
import { ServiceDetailProvider } from "@/features/service/service-detail-provider";
import { ServiceStaleNotice, ServiceVerificationLine } from "@/features/service/service-detail-verification";
import { SERVICE_TYPE_LABELS, TARGET_GROUP_LABELS } from "@/features/service/service-labels";
import { absoluteUrl } from "@/features/seo/json-ld";
import { JsonLdScript } from "@/features/seo/json-ld-script";
import { openGraph } from "@/features/seo/open-graph";
import { serviceJsonLd } from "@/features/seo/service-json-ld";
import { query } from "@/lib/apollo/rsc-client";
import { badUserInput } from "@/lib/graphql-errors";
import { siteUrl } from "@/lib/config";
import { absolutePageUrl } from "@/lib/page-url";
import "@/features/service/service-detail.css";

export const dynamic = "force-dynamic";

const ServicePageQuery = graphql(`
  query ServicePage($slug: String!) {
    service(slug: $slug) {
      id
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
      ...ServiceDetailAbout_service
      ...ServiceDetailAudience_service
      ...ServiceDetailCost_service
      ...ServiceDetailApply_service
      ...ServiceDetailPlaces_service
      ...ServiceDetailProvider_service
      ...ServiceDetailAreas_service
      ...ServiceDetailVerification_service
    }
  }
`);

type Params = Promise<{ slug: string }>;

/** Slugs are short, lower-case words joined by hyphens; anything else cannot name a service. */
const SLUG = /^[\p{L}\p{N}-]{1,200}$/u;

/**
 * One API call per request, shared by generateMetadata and the page; null when there is no such
 * (published) service. Only the page calls notFound() (see app/podmioty/[slug]/page.tsx).
 */
const loadService = cache(async (rawSlug: string) => {
  let slug: string;
  try {
    slug = decodeURIComponent(rawSlug);
  } catch {
    return null;
  }
  if (!SLUG.test(slug)) return null;
  const result = await query({ query: ServicePageQuery, variables: { slug }, errorPolicy: "all" });
  if (result.error) {
    if (badUserInput(result.error)) return null;
    throw result.error;
  }
  return result.data?.service ?? null;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const service = await loadService((await params).slug);
  if (!service) return { title: "Nie znaleziono usługi" };
  const description = `${SERVICE_TYPE_LABELS[service.serviceType]}: dla kogo, ile kosztuje, jak skorzystać, gdzie i kiedy.`;
  return { title: service.title, description, openGraph: openGraph(service.title, description) };
}

export default async function ServicePage({ params }: { params: Params }) {
  const service = await loadService((await params).slug);
  if (!service) notFound();
  const path = `/uslugi/${encodeURIComponent(service.slug)}`;
  const printedUrl = await absolutePageUrl(path);
  const badges: BadgeKind[] = [];
  if (service.isStale) badges.push("stale");
  if (service.isDemo) badges.push("demo");
  const base = siteUrl();
  const jsonLd = serviceJsonLd(
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
    absoluteUrl(base, path),
  );

  return (
    <div className="container service-detail">
      <JsonLdScript data={jsonLd} />
      <p className="breadcrumb">
        <a href="/uslugi">
          <span aria-hidden="true">← </span>Wyszukiwarka usług
        </a>
      </p>
      <h1>{service.title}</h1>
      <p className="service-detail__type">{SERVICE_TYPE_LABELS[service.serviceType]}</p>
      <Badges kinds={badges} />
      <ServiceDetailPrintButton />
      <p className="service-detail__print-url">Adres strony: {printedUrl}</p>

      <ServiceStaleNotice service={service} />
      {service.isDemo && (
        <div className="notice notice--demo">
          <p>
            <strong>Dane demonstracyjne.</strong> Ten opis przygotowano do prezentacji serwisu — nie jest to
            potwierdzona informacja o usłudze.
          </p>
        </div>
      )}

      <ServiceDetailAbout service={service} />
      <ServiceDetailAudience service={service} />
      <ServiceDetailCost service={service} />
      <ServiceDetailApply service={service} />
      <ServiceDetailPlaces service={service} today={todayInPoland(new Date())} />
      <ServiceDetailProvider service={service} />
      <ServiceDetailAreas service={service} />

      <ServiceVerificationLine service={service} />

      <section className="service-detail__report" aria-labelledby="zglos">
        <h2 id="zglos">Zgłoś nieaktualne informacje</h2>
        <p>Widzisz błąd albo coś się zmieniło? Napisz nam — redakcja sprawdzi informacje u usługodawcy.</p>
        <ReportOutdatedForm serviceId={service.id} permalink={`${path}#zglos`} />
      </section>
    </div>
  );
}
