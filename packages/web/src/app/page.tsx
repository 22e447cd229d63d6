import type { Metadata } from "next";
import { graphql } from "@/__generated__";
import { EntryPoints } from "@/features/home/entry-points";
import { HomeSearchForm } from "@/features/home/home-search-form";
import { LatestCertificates } from "@/features/home/latest-certificates";
import { LatestDocuments } from "@/features/home/latest-documents";
import { query } from "@/lib/apollo/rsc-client";
import "@/features/home/home.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { absolute: "Obserwatorium polityki społecznej województwa podlaskiego" },
  description:
    "Znajdź usługę społeczną w swojej gminie, dostawcę ze znakiem Zakup Prospołeczny albo dobre praktyki, dokumenty i dane o polityce społecznej województwa podlaskiego.",
};

const LATEST = 5;

// Counts come from each connection's totalCount (first: 1 is the smallest page the API allows).
// Certificates come longest-valid first and every "Zakup Prospołeczny" runs 12 months, so the first
// active ones are the most recently granted; documents come newest period or adoption year first.
const HomePageQuery = graphql(`
  query HomePage($latest: Int!) {
    services(first: 1) {
      totalCount
    }
    organizations(first: 1) {
      totalCount
    }
    goodPractices(first: 1) {
      totalCount
    }
    documents(first: $latest) {
      totalCount
      edges {
        node {
          id
          ...LatestDocuments_document
        }
      }
    }
    certificates(filter: { type: ZAKUP_PROSPOLECZNY, activeOnly: true }, first: $latest) {
      edges {
        node {
          id
          ...LatestCertificates_certificate
        }
      }
    }
  }
`);

export default async function HomePage() {
  const { data } = await query({ query: HomePageQuery, variables: { latest: LATEST } });
  if (!data) throw new Error("The home page query returned no data");
  const counts = {
    services: data.services.totalCount,
    organizations: data.organizations.totalCount,
    documents: data.documents.totalCount,
    goodPractices: data.goodPractices.totalCount,
  };
  return (
    <div className="container home">
      <h1>Obserwatorium polityki społecznej</h1>
      <p className="lead">
        Pomoc i usługi społeczne w województwie podlaskim, dostawcy ekonomii społecznej oraz wiedza o tym, co
        działa — w jednym miejscu.
      </p>
      <HomeSearchForm />
      <EntryPoints counts={counts} />

      <div className="home__latest">
        <section aria-labelledby="nowe-certyfikaty">
          <h2 id="nowe-certyfikaty">Najnowsze certyfikaty „Zakup Prospołeczny”</h2>
          <LatestCertificates certificates={data.certificates.edges.map((edge) => edge.node)} />
          <p>
            <a href="/zakup-prospoleczny">Wszyscy dostawcy ze znakiem Zakup Prospołeczny</a>
          </p>
        </section>
        <section aria-labelledby="nowe-dokumenty">
          <h2 id="nowe-dokumenty">Najnowsze dokumenty</h2>
          <LatestDocuments documents={data.documents.edges.map((edge) => edge.node)} />
          <p>
            <a href="/dokumenty">Wszystkie dokumenty</a>
          </p>
        </section>
      </div>

      <p className="home__places">
        <a href="/gminy">Gminy i powiaty województwa — lista z kodami TERYT</a>
      </p>
    </div>
  );
}
