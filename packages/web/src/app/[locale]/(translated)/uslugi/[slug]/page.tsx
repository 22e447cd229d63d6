import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { graphql } from "@/__generated__";
import { todayInPoland } from "@/features/service/opening-hours-format";
import { ReportOutdatedForm } from "@/features/service/report-outdated-form";
import { reportFormWords } from "@/features/service/report-outdated-words";
import { ServiceDetailAbout } from "@/features/service/service-detail-about";
import { ServiceDetailApply } from "@/features/service/service-detail-apply";
import { ServiceDetailAreas } from "@/features/service/service-detail-areas";
import { ServiceDetailAudience } from "@/features/service/service-detail-audience";
import { ServiceDetailCost } from "@/features/service/service-detail-cost";
import { ServiceDetailHeader } from "@/features/service/service-detail-header";
import { ServiceDetailPlaces } from "@/features/service/service-detail-places";
import { ServiceDetailProvider } from "@/features/service/service-detail-provider";
import { ServiceVerificationLine } from "@/features/service/service-detail-verification";
import { serviceLabels } from "@/features/service/service-labels";
import { openGraph } from "@/features/seo/open-graph";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { SLUG, loadByKey } from "@/lib/load-by-key";
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
      ...ServiceDetailHeader_service
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

type Params = Promise<{ locale: string; slug: string }>;

/**
 * One API call per request, shared by generateMetadata and the page; null when there is no such
 * (published) service. Only the page calls notFound() (see app/podmioty/[slug]/page.tsx).
 */
const loadService = cache(async (rawSlug: string) => {
  const data = await loadByKey(rawSlug, SLUG, (slug) =>
    query({ query: ServicePageQuery, variables: { slug }, errorPolicy: "all" }),
  );
  return data?.service ?? null;
});

const servicePath = (slug: string) => `/uslugi/${encodeURIComponent(slug)}`;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const words = getMessages(locale).service;
  const service = await loadService((await params).slug);
  if (!service) return { title: words.notFound.title };
  const description = words.description(serviceLabels(locale).serviceTypes[service.serviceType]);
  return {
    title: service.title,
    description,
    openGraph: openGraph(service.title, description, "website", locale),
    alternates: alternates(locale, servicePath(service.slug)),
  };
}

export default async function ServicePage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const service = await loadService((await params).slug);
  if (!service) notFound();
  const words = getMessages(locale).service;
  const path = localeHref(locale, servicePath(service.slug));

  return (
    <div className="container service-detail">
      <ServiceDetailHeader service={service} printedUrl={await absolutePageUrl(path)} locale={locale} />
      <ServiceDetailAbout service={service} locale={locale} />
      <ServiceDetailAudience service={service} locale={locale} />
      <ServiceDetailCost service={service} locale={locale} />
      <ServiceDetailApply service={service} locale={locale} />
      <ServiceDetailPlaces service={service} today={todayInPoland(new Date())} locale={locale} />
      <ServiceDetailProvider service={service} locale={locale} />
      <ServiceDetailAreas service={service} locale={locale} />

      <ServiceVerificationLine service={service} locale={locale} />

      <section className="service-detail__report" aria-labelledby="zglos">
        <h2 id="zglos">{words.report.heading}</h2>
        <p>{words.report.intro}</p>
        <ReportOutdatedForm
          serviceId={service.id}
          permalink={`${path}#zglos`}
          locale={locale}
          words={reportFormWords(words.report)}
        />
      </section>
    </div>
  );
}
