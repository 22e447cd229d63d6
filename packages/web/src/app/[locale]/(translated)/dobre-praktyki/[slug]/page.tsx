import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { graphql } from "@/__generated__";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PrintActions } from "@/components/print-actions";
import { GoodPracticeBody } from "@/features/good-practice/good-practice-body";
import { GoodPracticeContact } from "@/features/good-practice/good-practice-contact";
import { GoodPracticeOverview } from "@/features/good-practice/good-practice-overview";
import { GoodPracticeResults } from "@/features/good-practice/good-practice-results";
import { openGraph } from "@/features/seo/open-graph";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf, recordLang } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { badUserInput } from "@/lib/graphql-errors";
import { absolutePageUrl } from "@/lib/page-url";
import "@/features/good-practice/good-practice.css";

export const dynamic = "force-dynamic";

const GoodPracticePageQuery = graphql(`
  query GoodPracticePage($slug: String!) {
    goodPractice(slug: $slug) {
      id
      slug
      title
      summary
      isDemo
      ...GoodPracticeOverview_goodPractice
      ...GoodPracticeBody_goodPractice
      ...GoodPracticeResults_goodPractice
      ...GoodPracticeContact_goodPractice
    }
  }
`);

type Params = Promise<{ locale: string; slug: string }>;

/** Slugs are short, lower-case words joined by hyphens; anything else cannot name a practice. */
const SLUG = /^[\p{L}\p{N}-]{1,200}$/u;

/**
 * One API call per request, shared by generateMetadata and the page; null when there is no such
 * (published) practice. Only the page calls notFound() (see app/podmioty/[slug]/page.tsx).
 */
const loadGoodPractice = cache(async (rawSlug: string) => {
  let slug: string;
  try {
    slug = decodeURIComponent(rawSlug);
  } catch {
    return null;
  }
  if (!SLUG.test(slug)) return null;
  const result = await query({ query: GoodPracticePageQuery, variables: { slug }, errorPolicy: "all" });
  if (result.error) {
    if (badUserInput(result.error)) return null;
    throw result.error;
  }
  return result.data?.goodPractice ?? null;
});

const practicePath = (slug: string) => `/dobre-praktyki/${encodeURIComponent(slug)}`;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const practice = await loadGoodPractice((await params).slug);
  if (!practice) return { title: getMessages(locale).knowledge.goodPractice.notFoundTitle };
  return {
    title: practice.title,
    description: practice.summary,
    openGraph: openGraph(practice.title, practice.summary, "article", locale),
    alternates: alternates(locale, practicePath(practice.slug)),
  };
}

export default async function GoodPracticePage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const practice = await loadGoodPractice((await params).slug);
  if (!practice) notFound();
  const messages = getMessages(locale);
  const words = messages.knowledge.goodPractice;
  const lang = recordLang(locale);

  return (
    <div className="container good-practice">
      <Breadcrumbs
        label={messages.site.breadcrumbs}
        items={[
          { label: messages.knowledge.goodPractices.heading, href: localeHref(locale, "/dobre-praktyki") },
          { label: <span lang={lang}>{practice.title}</span> },
        ]}
      />
      <h1 lang={lang}>{practice.title}</h1>
      <p className="lead" lang={lang}>
        {practice.summary}
      </p>
      {locale !== "pl" && <p className="hint">{messages.knowledge.goodPractices.recordsInPolish}</p>}
      <PrintActions
        url={await absolutePageUrl(localeHref(locale, practicePath(practice.slug)))}
        words={messages.site}
      />
      {practice.isDemo && (
        <div className="notice notice--demo">
          <p>
            <strong>{words.demo}.</strong> {words.demoNotice}
          </p>
        </div>
      )}
      <GoodPracticeOverview goodPractice={practice} locale={locale} />
      <GoodPracticeBody goodPractice={practice} lang={lang} />
      <GoodPracticeResults goodPractice={practice} locale={locale} />
      <GoodPracticeContact goodPractice={practice} locale={locale} />
    </div>
  );
}
