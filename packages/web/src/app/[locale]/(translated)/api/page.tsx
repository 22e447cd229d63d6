import type { Metadata } from "next";
import { ApiReference } from "@/features/api-docs/api-reference";
import { loadApiExamples } from "@/features/api-docs/api-examples";
import { ExampleBlock } from "@/features/api-docs/example-block";
import { InlineCode } from "@/features/api-docs/inline-code";
import { openGraph } from "@/features/seo/open-graph";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { siteUrl } from "@/lib/config";
import "@/features/api-docs/api-docs.css";

type Params = Promise<{ locale: string }>;

const PATH = "/api";

// The examples show the API's answers as they are now.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const { title, description } = getMessages(locale).apiDocs;
  return {
    title,
    description,
    openGraph: openGraph(title, description, "website", locale),
    alternates: alternates(locale, PATH),
  };
}

export default async function ApiDocsPage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const words = getMessages(locale).apiDocs;
  const { examples, maxCost } = await loadApiExamples();
  const consoleHref = localeHref(locale, "/api/konsola");
  const { official, resident, partner } = words.examples;
  return (
    <div className="container api-docs">
      <h1>{words.heading}</h1>
      <p className="lead prose">{words.lead}</p>
      <ApiReference locale={locale} words={words} base={siteUrl()} maxCost={maxCost} />

      <section aria-labelledby="examples">
        <h2 id="examples">{words.examples.heading}</h2>
        <p className="prose">{words.examples.text}</p>

        <h3 id="example-official">{official.heading}</h3>
        <p className="prose">{official.text}</p>
        <ExampleBlock
          title={official.heading}
          id="official"
          example={examples.official}
          consoleHref={consoleHref}
          words={words.examples}
        />

        <h3 id="example-resident">{resident.heading}</h3>
        <p className="prose">{resident.text}</p>
        <ExampleBlock
          title={resident.heading}
          id="resident"
          example={examples.resident}
          consoleHref={consoleHref}
          words={words.examples}
        />

        <h3 id="example-partner">{partner.heading}</h3>
        <p className="prose">
          <InlineCode text={partner.text} />
        </p>
        <ExampleBlock
          title={partner.heading}
          id="changes"
          example={examples.changes}
          consoleHref={consoleHref}
          words={words.examples}
        />
        <p className="prose">
          <InlineCode text={partner.nodeText} />
        </p>
        <ExampleBlock
          title={`${partner.heading}, node(id)`}
          id="node"
          example={examples.node}
          consoleHref={consoleHref}
          words={words.examples}
        />
      </section>

      <section aria-labelledby="changelog">
        <h2 id="changelog">{words.changelog.heading}</h2>
        <p className="prose">
          {words.changelog.text} <a href={localeHref(locale, "/api/zmiany")}>{words.changelog.link}</a>
        </p>
      </section>
    </div>
  );
}
