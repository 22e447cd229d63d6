import type { Metadata } from "next";
import { changelogHtml } from "@/features/api-docs/changelog-html";
import { openGraph } from "@/features/seo/open-graph";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";

type Params = Promise<{ locale: string }>;

const PATH = "/api/zmiany";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const { title, description } = getMessages(locale).apiDocs.changelog;
  return {
    title,
    description,
    openGraph: openGraph(title, description, "website", locale),
    alternates: alternates(locale, PATH),
  };
}

export default async function ApiChangelogPage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const words = getMessages(locale).apiDocs.changelog;
  return (
    <div className="container prose">
      <h1>{words.title}</h1>
      <p>
        <a href={localeHref(locale, "/api")}>{words.backLink}</a>
      </p>
      {locale !== "en" && <p>{words.englishNote}</p>}
      {/* packages/schema/CHANGELOG.md, rendered without raw HTML (changelog-html.ts). */}
      <div lang="en" className="api-changelog" dangerouslySetInnerHTML={{ __html: changelogHtml() }} />
    </div>
  );
}
