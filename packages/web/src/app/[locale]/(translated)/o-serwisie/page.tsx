import type { Metadata } from "next";
import { openGraph } from "@/features/seo/open-graph";
import { operatorName } from "@/features/site-info/site-info-data";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";

type Params = Promise<{ locale: string }>;

const PATH = "/o-serwisie";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const { title, description } = getMessages(locale).about;
  return {
    title,
    description,
    openGraph: openGraph(title, description, "website", locale),
    alternates: alternates(locale, PATH),
  };
}

/** The sections of the site, in the order the list names them. */
const CONTENTS = [
  { key: "services", path: "/uslugi" },
  { key: "organizations", path: "/podmioty" },
  { key: "procurement", path: "/zakup-prospoleczny" },
  { key: "documents", path: "/dokumenty" },
  { key: "goodPractices", path: "/dobre-praktyki" },
  { key: "data", path: "/dane" },
] as const;

export default async function AboutPage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const words = getMessages(locale).about;
  const href = (path: string) => localeHref(locale, path);
  return (
    <div className="container site-info prose">
      <h1>{words.heading}</h1>
      <p className="lead">{words.lead}</p>

      <h2>{words.operatorHeading}</h2>
      <p>
        {words.operatorBefore} <strong>{operatorName(locale)}</strong> {words.operatorAfter}{" "}
        <a href={href("/kontakt")}>{words.contactLink}</a>.
      </p>

      <h2>{words.contentsHeading}</h2>
      <ul>
        {CONTENTS.map(({ key, path }) => (
          <li key={key}>
            <a href={href(path)}>{words.contents[key].link}</a> {words.contents[key].text}
          </li>
        ))}
      </ul>

      <h2>{words.demoHeading}</h2>
      <div className="notice notice--demo">
        <p>
          {words.demoBefore} <strong>{words.demoLabel}</strong>
          {words.demoAfter}
        </p>
      </div>
      <p>{words.sources}</p>

      <h2>{words.openHeading}</h2>
      <p>{words.openText}</p>

      <h2>{words.accessibilityHeading}</h2>
      <p>
        {words.accessibilityBefore} <a href={href("/deklaracja-dostepnosci")}>{words.accessibilityLink}</a>.
      </p>
    </div>
  );
}
