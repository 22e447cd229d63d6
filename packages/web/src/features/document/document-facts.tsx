import { Fragment } from "react";
import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { LOCALE_TAGS, localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { formatDate } from "@/lib/dates";
import { inForceText, periodText } from "./document-format";
import { documentLabels } from "./document-labels";
import { documentSearchHref, parseDocumentSearch } from "./document-search";
import { DocumentUnitName } from "./document-unit-name";

export const DocumentFacts_document = graphql(`
  fragment DocumentFacts_document on Document {
    kind
    status
    periodFromYear
    periodToYear
    act {
      number
      body
      date
    }
    inForceFrom
    inForceTo
    repealedOn
    tags
    territorialUnit {
      code
      name
      kind
    }
    relatedOrganizations {
      name
      slug
    }
    relatedServices {
      title
      slug
    }
  }
`);

type FactsWords = ReturnType<typeof getMessages>["documents"]["facts"];

/**
 * "nr XII/85/2025, Rada Miejska w Łapach, 1 marca 2025": the act as the API knows it; the body that
 * adopted it is a record, marked Polish on a translated page.
 */
function ActText(props: {
  act: { number?: string | null; body?: string | null; date?: string | null };
  words: FactsWords;
  locale: Locale;
}) {
  const { act, words, locale } = props;
  const parts = [
    act.number && words.actNumber(act.number),
    act.body && <span lang={recordLang(locale)}>{act.body}</span>,
    act.date && formatDate(act.date, LOCALE_TAGS[locale]),
  ].filter(Boolean);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && ", "}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** "O dokumencie": what it is, whom it concerns, where it stands, and what it is linked with. */
export function DocumentFacts(props: {
  document: FragmentType<typeof DocumentFacts_document>;
  locale: Locale;
}) {
  const { locale } = props;
  const document = getFragmentData(DocumentFacts_document, props.document);
  const words = getMessages(locale).documents.facts;
  const labels = documentLabels(locale);
  const lang = recordLang(locale);
  const period = periodText(document.periodFromYear, document.periodToYear, locale);
  const inForce = inForceText(document.inForceFrom, document.inForceTo, locale);
  const unit = document.territorialUnit;
  return (
    <section aria-labelledby="o-dokumencie">
      <h2 id="o-dokumencie">{words.heading}</h2>
      <dl className="facts">
        <div>
          <dt>{words.kind}</dt>
          <dd>{labels.kinds[document.kind]}</dd>
        </div>
        <div>
          <dt>{words.area}</dt>
          <dd>
            {unit ? <DocumentUnitName unit={unit} locale={locale} /> : words.notGiven}
            {unit && (
              <>
                {" "}
                <a href={localeHref(locale, documentSearchHref(parseDocumentSearch({ obszar: unit.code })))}>
                  {words.otherDocuments}
                </a>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{words.status}</dt>
          <dd>{labels.statuses[document.status]}</dd>
        </div>
        {period && (
          <div>
            <dt>{words.period}</dt>
            <dd>{period}</dd>
          </div>
        )}
        {document.act && (
          <div>
            <dt>{words.act}</dt>
            <dd>
              <ActText act={document.act} words={words} locale={locale} />
            </dd>
          </div>
        )}
        {inForce && (
          <div>
            <dt>{words.inForce}</dt>
            <dd>{inForce}</dd>
          </div>
        )}
        {document.repealedOn && (
          <div>
            <dt>{words.repealed}</dt>
            <dd>{formatDate(document.repealedOn, LOCALE_TAGS[locale])}</dd>
          </div>
        )}
        {document.tags.length > 0 && (
          <div>
            <dt>{words.themes}</dt>
            <dd lang={lang}>{document.tags.join(", ")}</dd>
          </div>
        )}
        {document.relatedOrganizations.length > 0 && (
          <div>
            <dt>{words.organizations}</dt>
            <dd>
              <ul className="inline-list">
                {document.relatedOrganizations.map((organization) => (
                  <li key={organization.slug} lang={lang}>
                    <a href={localeHref(locale, `/podmioty/${encodeURIComponent(organization.slug)}`)}>
                      {organization.name}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {document.relatedServices.length > 0 && (
          <div>
            <dt>{words.services}</dt>
            <dd>
              <ul className="inline-list">
                {document.relatedServices.map((service) => (
                  <li key={service.slug} lang={lang}>
                    <a href={localeHref(locale, `/uslugi/${encodeURIComponent(service.slug)}`)}>
                      {service.title}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
