import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { graphql } from "@/__generated__";
import { findJourney, journeyCatalogueHref, journeySearch, type Journey } from "@/features/journeys/journeys";
import { JourneyPlaceForm } from "@/features/journeys/journey-place-form";
import { ServiceCard } from "@/features/service/service-card";
import { toServiceFilter } from "@/features/service/service-search";
import { query } from "@/lib/apollo/rsc-client";
import { pluralize } from "@/lib/polish-plural";
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

type Params = Promise<{ slug: string }>;

async function journeyOf(params: Params): Promise<Journey> {
  // The proxy answers unknown slugs with the site's 404 page before this runs.
  const journey = findJourney((await params).slug);
  if (!journey) notFound();
  return journey;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const journey = await journeyOf(params);
  return { title: journey.title, description: journey.description };
}

export default async function JourneyPage({ params }: { params: Params }) {
  const journey = await journeyOf(params);
  const search = journeySearch(journey);
  const { data } = await query({
    query: JourneyServicesQuery,
    variables: { filter: toServiceFilter(search, null), first: SHOWN_SERVICES },
  });
  if (!data) throw new Error("The services query returned no data");
  const { totalCount, edges } = data.services;
  const catalogueHref = journeyCatalogueHref(journey);
  const all = pluralize(totalCount, { one: "usługę", few: "usługi", many: "usług" });

  return (
    <div className="container journey">
      <p className="breadcrumb">
        <a href="/">Strona główna</a> › Znajdź usługę
      </p>
      <h1>{journey.title}</h1>
      <div className="prose">
        {journey.intro.map((paragraph, index) => (
          <p key={paragraph} className={index === 0 ? "lead" : undefined}>
            {paragraph}
          </p>
        ))}
      </div>

      <section className="journey__refine" aria-labelledby="w-twojej-okolicy">
        <h2 id="w-twojej-okolicy">Usługi w Twojej okolicy</h2>
        <JourneyPlaceForm journey={journey} />
        <p className="journey__catalogue">
          <a href={catalogueHref}>
            Zobacz wszystkie usługi {journey.audience} w wyszukiwarce ({totalCount.toLocaleString("pl-PL")})
          </a>
        </p>
      </section>

      <section aria-labelledby="przyklady">
        <h2 id="przyklady">Przykładowe usługi w województwie podlaskim</h2>
        <p className="results-count">
          {totalCount === 0
            ? "W katalogu nie ma jeszcze takich usług."
            : `Znaleźliśmy w katalogu ${all} ${journey.audience}.` +
              (totalCount > edges.length ? ` Pokazujemy pierwsze ${edges.length}.` : "")}
        </p>
        {edges.length > 0 && (
          <ol className="service-list">
            {edges.map((edge) => (
              <li key={edge.node.id}>
                <ServiceCard service={edge.node} />
              </li>
            ))}
          </ol>
        )}
        {totalCount > edges.length && (
          <p>
            <a href={catalogueHref}>Pokaż wszystkie {all} w wyszukiwarce i zawęź do swojej gminy</a>
          </p>
        )}
      </section>
    </div>
  );
}
