import type { Metadata } from "next";
import { graphql } from "@/__generated__";
import { EntryPoints } from "@/features/home/entry-points";
import { HomeSearchForm } from "@/features/home/home-search-form";
import { LatestCertificates } from "@/features/home/latest-certificates";
import { LatestDocuments } from "@/features/home/latest-documents";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import "@/features/home/home.css";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const { home } = getMessages(locale);
  return {
    title: { absolute: home.title },
    description: home.description,
    alternates: alternates(locale, "/"),
  };
}

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

export default async function HomePage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const messages = getMessages(locale).home;
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
      <h1>{messages.heading}</h1>
      <p className="lead">{messages.lead}</p>
      <HomeSearchForm locale={locale} messages={messages} />
      <EntryPoints counts={counts} locale={locale} messages={messages} />

      <div className="home__latest">
        <section aria-labelledby="nowe-certyfikaty">
          <h2 id="nowe-certyfikaty">{messages.latestCertificates}</h2>
          <LatestCertificates
            certificates={data.certificates.edges.map((edge) => edge.node)}
            locale={locale}
            messages={messages}
          />
          <p>
            <a href={localeHref(locale, "/zakup-prospoleczny")}>{messages.allCertified}</a>
          </p>
        </section>
        <section aria-labelledby="nowe-dokumenty">
          <h2 id="nowe-dokumenty">{messages.latestDocuments}</h2>
          <LatestDocuments
            documents={data.documents.edges.map((edge) => edge.node)}
            locale={locale}
            messages={messages}
          />
          <p>
            <a href={localeHref(locale, "/dokumenty")}>{messages.allDocuments}</a>
          </p>
        </section>
      </div>

      <p className="home__places">
        <a href={localeHref(locale, "/gminy")}>{messages.places}</a>
      </p>
    </div>
  );
}
