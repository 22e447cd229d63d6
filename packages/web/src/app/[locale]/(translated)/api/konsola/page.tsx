import type { Metadata } from "next";
import { ApiConsoleLoader } from "@/features/api-docs/api-console-loader";
import { openGraph } from "@/features/seo/open-graph";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { siteUrl } from "@/lib/config";
import { readWebFile } from "@/features/api-docs/repo-files";
import "@/features/api-docs/api-docs.css";

type Params = Promise<{ locale: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PATH = "/api/konsola";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const { title, description } = getMessages(locale).apiDocs.console;
  return {
    title,
    description,
    openGraph: openGraph(title, description, "website", locale),
    alternates: alternates(locale, PATH),
  };
}

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function ApiConsolePage(props: { params: Params; searchParams: SearchParams }) {
  const locale = await localeOf(props.params);
  const search = await props.searchParams;
  const words = getMessages(locale).apiDocs.console;
  // A query the /api page links to, or the resident's example: a console that answers at once.
  const query =
    single(search.query) ??
    readWebFile("src/features/api-docs/examples/services-in-gmina.graphql").replace(/^(#.*\n)+/, "");
  return (
    <div className="container">
      <h1>{words.heading}</h1>
      <p className="prose">{words.lead}</p>
      <p>
        <a href={localeHref(locale, "/api")}>{words.backLink}</a>
      </p>
      <noscript>
        <p>
          {words.noScript} <code>{siteUrl()}/graphql</code>
        </p>
      </noscript>
      <div className="api-console-host">
        {/* Hidden by CSS once GraphiQL is there. */}
        <p className="api-console-host__loading">{words.loading}</p>
        <ApiConsoleLoader query={query} variables={single(search.variables)} labels={words.editors} />
      </div>
    </div>
  );
}
