import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { graphql } from "@/__generated__";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { JourneyPlaceForm } from "@/features/journeys/journey-place-form";
import { localizeJourney } from "@/features/journeys/journey-text";
import {
  findJourney,
  journeyCatalogueHref,
  journeyHref,
  journeySearch,
  type Journey,
} from "@/features/journeys/journeys";
import { ServiceCard } from "@/features/service/service-card";
import { toServiceFilter } from "@/features/service/service-search";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import "@/features/service/service-search.css";
import "@/features/journeys/journey.css";

export const dynamic = "force-dynamic";

const SHOWN_SERVICES = 10;

const JourneyServicesQuery = graphql(`
  query JourneyServices($filter: ServiceFilter, $first: Int!) {
    services(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          ...ServiceCard_service
        }
      }
    }
  }
`);

type Params = Promise<{ locale: string; slug: string }>;

/** The journey (in the page's language) and the language. */
async function journeyOf(params: Params): Promise<{ journey: Journey; locale: Locale }> {
  const locale = await localeOf(params);
  // The proxy answers unknown slugs with the site's 404 page before this runs.
  const journey = findJourney((await params).slug);
  if (!journey) notFound();
  return { journey: localizeJourney(journey, locale), locale };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { journey, locale } = await journeyOf(params);
  return {
    title: journey.title,
    description: journey.description,
    alternates: alternates(locale, journeyHref(journey)),
  };
}

export default async function JourneyPage({ params }: { params: Params }) {
  const { journey, locale } = await journeyOf(params);
  const messages = getMessages(locale);
  const words = messages.journey;
  const search = journeySearch(journey);
  const { data } = await query({
    query: JourneyServicesQuery,
    variables: { filter: toServiceFilter(search, null), first: SHOWN_SERVICES },
  });
  if (!data) throw new Error("The services query returned no data");
  const { totalCount, edges } = data.services;
  const catalogueHref = localeHref(locale, journeyCatalogueHref(journey));

  return (
    <div className="container journey">
      <Breadcrumbs
        label={messages.site.breadcrumbs}
        items={[
          { label: messages.nav.home, href: localeHref(locale, "/") },
          { label: words.breadcrumb },
          { label: journey.title },
        ]}
      />
      <h1>{journey.title}</h1>
      <div className="prose">
        {journey.intro.map((paragraph, index) => (
          <p key={paragraph} className={index === 0 ? "lead" : undefined}>
            {paragraph}
          </p>
        ))}
      </div>

      <section className="journey__refine" aria-labelledby="w-twojej-okolicy">
        <h2 id="w-twojej-okolicy">{words.nearYou}</h2>
        <JourneyPlaceForm journey={journey} locale={locale} messages={words} />
        <p className="journey__catalogue">
          <a href={catalogueHref}>{words.seeAll(journey.audience, totalCount)}</a>
        </p>
      </section>

      <section aria-labelledby="przyklady">
        <h2 id="przyklady">{words.examples}</h2>
        <p className="results-count">
          {totalCount === 0
            ? words.none
            : words.found(totalCount, journey.audience) +
              (totalCount > edges.length ? ` ${words.showingFirst(edges.length)}` : "")}
        </p>
        {locale !== "pl" && edges.length > 0 && <p className="hint">{words.recordsInPolish}</p>}
        {edges.length > 0 && (
          // The cards translate their labels; the services' own text (records) stays Polish, marked so.
          <ol className="service-list">
            {edges.map((edge) => (
              <li key={edge.node.id}>
                <ServiceCard service={edge.node} locale={locale} />
              </li>
            ))}
          </ol>
        )}
        {totalCount > edges.length && (
          <p>
            <a href={catalogueHref}>{words.showAll(totalCount)}</a>
          </p>
        )}
      </section>
    </div>
  );
}
