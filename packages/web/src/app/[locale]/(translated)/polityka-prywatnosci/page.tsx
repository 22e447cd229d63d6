import type { Metadata } from "next";
import { openGraph } from "@/features/seo/open-graph";
import { OPERATOR, operatorName } from "@/features/site-info/site-info-data";
import { OrToFill } from "@/features/site-info/to-fill";
import { alternates } from "@/i18n/alternates";
import { localeOf } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";

type Params = Promise<{ locale: string }>;

const PATH = "/polityka-prywatnosci";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const { title, description } = getMessages(locale).privacy;
  return {
    title,
    description,
    openGraph: openGraph(title, description, "website", locale),
    alternates: alternates(locale, PATH),
  };
}

export default async function PrivacyPolicyPage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const words = getMessages(locale).privacy;
  return (
    <div className="container site-info prose">
      <h1>{words.heading}</h1>
      <p className="lead">{words.lead}</p>

      <h2>{words.controllerHeading}</h2>
      <p>
        {words.controllerBefore(operatorName(locale))}{" "}
        <OrToFill value={OPERATOR.postalAddress} what={words.seatToFill} locale={locale} />
        {words.controllerEmail} <a href={`mailto:${OPERATOR.email}`}>{OPERATOR.email}</a>
        {words.officer}{" "}
        <a href={`mailto:${OPERATOR.dataProtectionOfficerEmail}`}>{OPERATOR.dataProtectionOfficerEmail}</a>.
      </p>

      <h2>{words.purposesHeading}</h2>
      <ul>
        {words.purposes.map(({ title, text }) => (
          <li key={title}>
            <strong>{title}</strong> {text}
          </li>
        ))}
      </ul>

      <h2>{words.retentionHeading}</h2>
      <ul>
        {words.retention.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>

      <h2>{words.rightsHeading}</h2>
      <p>{words.rights}</p>

      <h2>{words.cookiesHeading}</h2>
      <p>
        {words.cookiesBefore} <strong>{words.cookiesOne}</strong> {words.cookiesSession}
        <code>obs_session</code>
        {words.cookiesAfter}
      </p>
    </div>
  );
}
