import type { Metadata } from "next";
import { openGraph } from "@/features/seo/open-graph";
import { OPERATOR, operatorName } from "@/features/site-info/site-info-data";
import { OrToFill } from "@/features/site-info/to-fill";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { telephoneHref } from "@/lib/contact-links";

type Params = Promise<{ locale: string }>;

const PATH = "/kontakt";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const { title, description } = getMessages(locale).contact;
  return {
    title,
    description,
    openGraph: openGraph(title, description, "website", locale),
    alternates: alternates(locale, PATH),
  };
}

export default async function ContactPage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const words = getMessages(locale).contact;
  const operator = operatorName(locale);
  const phone = OPERATOR.phone ? telephoneHref(OPERATOR.phone) : null;
  return (
    <div className="container site-info prose">
      <h1>{words.heading}</h1>
      <p className="lead">{words.lead(operator)}</p>

      <h2>{words.editorsHeading}</h2>
      <address>
        <p>
          {operator}
          <br />
          <OrToFill value={OPERATOR.postalAddress} what={words.postalAddress} locale={locale} />
        </p>
        <dl className="facts">
          <div>
            <dt>{words.email}</dt>
            <dd>
              <a href={`mailto:${OPERATOR.email}`}>{OPERATOR.email}</a>
            </dd>
          </div>
          <div>
            <dt>{words.phone}</dt>
            <dd>
              {OPERATOR.phone && phone ? (
                <a href={phone}>{OPERATOR.phone}</a>
              ) : (
                <OrToFill value={null} what={words.phoneToFill} locale={locale} />
              )}
            </dd>
          </div>
        </dl>
      </address>

      <h2>{words.staleHeading}</h2>
      <p>{words.staleText}</p>

      <h2>{words.accessibilityHeading}</h2>
      <p>
        {words.accessibilityBefore}{" "}
        <a href={localeHref(locale, "/deklaracja-dostepnosci")}>{words.accessibilityLink}</a>.
      </p>

      <h2>{words.privacyHeading}</h2>
      <p>
        {words.privacyBefore} <a href={localeHref(locale, "/polityka-prywatnosci")}>{words.privacyLink}</a>.
      </p>
    </div>
  );
}
