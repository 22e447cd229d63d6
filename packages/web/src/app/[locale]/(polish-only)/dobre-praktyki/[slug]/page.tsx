import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { graphql } from "@/__generated__";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { GoodPracticeBody } from "@/features/good-practice/good-practice-body";
import { GoodPracticeContact } from "@/features/good-practice/good-practice-contact";
import { GoodPracticeOverview } from "@/features/good-practice/good-practice-overview";
import { GoodPracticeResults } from "@/features/good-practice/good-practice-results";
import { openGraph } from "@/features/seo/open-graph";
import { query } from "@/lib/apollo/rsc-client";
import { badUserInput } from "@/lib/graphql-errors";
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

type Params = Promise<{ slug: string }>;

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

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const practice = await loadGoodPractice((await params).slug);
  if (!practice) return { title: "Nie znaleziono dobrej praktyki" };
  return {
    title: practice.title,
    description: practice.summary,
    openGraph: openGraph(practice.title, practice.summary, "article"),
  };
}

export default async function GoodPracticePage({ params }: { params: Params }) {
  const practice = await loadGoodPractice((await params).slug);
  if (!practice) notFound();

  return (
    <div className="container good-practice">
      <Breadcrumbs
        items={[{ label: "Dobre praktyki", href: "/dobre-praktyki" }, { label: practice.title }]}
      />
      <h1>{practice.title}</h1>
      <p className="lead">{practice.summary}</p>
      {practice.isDemo && (
        <div className="notice notice--demo">
          <p>
            <strong>Dane demonstracyjne.</strong> Ten opis przygotowano do prezentacji serwisu — projekt,
            osoby i liczby są zmyślone.
          </p>
        </div>
      )}
      <GoodPracticeOverview goodPractice={practice} />
      <GoodPracticeBody goodPractice={practice} />
      <GoodPracticeResults goodPractice={practice} />
      <GoodPracticeContact goodPractice={practice} />
    </div>
  );
}
