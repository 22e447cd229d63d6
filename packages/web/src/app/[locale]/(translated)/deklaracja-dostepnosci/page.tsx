import type { Metadata } from "next";
import { openGraph } from "@/features/seo/open-graph";
import {
  ACCESSIBILITY_CONTACT,
  ACCESSIBILITY_STATEMENT,
  operatorName,
} from "@/features/site-info/site-info-data";
import { OrToFill, ToFill } from "@/features/site-info/to-fill";
import { alternates } from "@/i18n/alternates";
import { localeOf } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { siteUrl } from "@/lib/config";

// The statement names the site's public address (SITE_URL), known when the site runs, not at build.
export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

const PATH = "/deklaracja-dostepnosci";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const { title, description } = getMessages(locale).accessibilityStatement;
  return {
    title,
    description,
    openGraph: openGraph(title, description, "website", locale),
    alternates: alternates(locale, PATH),
  };
}

// Ids a11y-* follow the official template, so the state's monitoring can read the statement; they
// stay the same in every language, as does the order of the template's sections.
export default async function AccessibilityStatementPage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const words = getMessages(locale).accessibilityStatement;
  const operator = operatorName(locale);
  const url = siteUrl();
  const statement = ACCESSIBILITY_STATEMENT;
  const contact = ACCESSIBILITY_CONTACT;
  return (
    <div className="container site-info prose">
      <h1 id="a11y-deklaracja">{words.heading}</h1>
      <p id="a11y-wstep">
        <span id="a11y-podmiot">{operator}</span> {words.introCommits}{" "}
        <a id="a11y-url" href={url}>
          {words.siteName(url)}
        </a>
        .
      </p>

      <h2 id="a11y-daty">{words.datesHeading}</h2>
      <ul>
        <li>
          {words.publishedOn}{" "}
          {statement.sitePublishedOn ? (
            <span id="a11y-data-publikacja">{statement.sitePublishedOn}</span>
          ) : (
            <ToFill locale={locale}>{words.publishedToFill}</ToFill>
          )}
          .
        </li>
        <li>
          {words.updatedOn} <span id="a11y-data-aktualizacja">{statement.siteUpdatedOn}</span>.
        </li>
      </ul>

      <h2 id="a11y-status">{words.statusHeading}</h2>
      <p>
        {words.statusBefore} <strong>{words.statusPartial}</strong> {words.statusAfter}
      </p>
      <h3>{words.nonCompliantHeading}</h3>
      <ul>
        {words.nonCompliant.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>

      <h2 id="a11y-przygotowanie">{words.preparationHeading}</h2>
      <ul>
        <li>
          {words.preparedOn} <span id="a11y-data-sporzadzenie">{statement.preparedOn}</span>.
        </li>
        <li>
          {words.reviewedOn} <span id="a11y-data-przeglad">{statement.reviewedOn}</span>.
        </li>
        <li>
          {words.methodBefore} <strong>{words.methodSelfAssessment}</strong>
          {words.methodAfter}
        </li>
      </ul>

      <h2 id="a11y-kontakt">{words.contactHeading}</h2>
      <p>{words.contactIntro}</p>
      <ul>
        <li>
          {words.contactPerson}{" "}
          <span id="a11y-osoba">
            <OrToFill value={contact.person} what={words.contactPersonToFill} locale={locale} />
          </span>
          ,
        </li>
        <li>
          {words.contactEmail}{" "}
          <a id="a11y-email" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
          ,
        </li>
        <li>
          {words.contactPhone}{" "}
          <span id="a11y-telefon">
            <OrToFill value={contact.phone} what={words.contactPhoneToFill} locale={locale} />
          </span>
          .
        </li>
      </ul>
      <p>{words.contactRequests}</p>

      <h2 id="a11y-procedura">{words.procedureHeading}</h2>
      <p>
        {words.procedureRightBefore} <strong>{words.procedureRight}</strong> {words.procedureRightAfter}
      </p>
      <ul>
        {words.procedureContents.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <p>
        {words.deadlineBefore} <strong>{words.deadline7Days}</strong> {words.deadlineMiddle}{" "}
        <strong>{words.deadline2Months}</strong> {words.deadlineAfter}
      </p>
      <p>
        {words.complaintBefore} <strong>{words.complaint}</strong> {words.complaintAfter}
      </p>
      <p>
        {words.ombudsmanBefore}{" "}
        <a href="https://bip.brpo.gov.pl/" rel="noopener noreferrer external">
          {words.ombudsman}
          <span className="visually-hidden"> {words.externalSite}</span>
        </a>
        .
      </p>

      <h2 id="a11y-architektura">{words.architectureHeading}</h2>
      <p>
        <ToFill locale={locale}>{words.architectureToFill}</ToFill>
      </p>

      <h2 id="a11y-jezyk-migowy">{words.signLanguageHeading}</h2>
      <p>
        {words.signLanguage} <a href={`mailto:${contact.email}`}>{contact.email}</a>.
      </p>

      <h2 id="a11y-aplikacje">{words.appsHeading}</h2>
      <p>{words.apps(operator)}</p>
    </div>
  );
}
