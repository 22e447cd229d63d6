import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { documentHref, periodText } from "./document-format";
import { documentLabels } from "./document-labels";
import { DocumentPageHits } from "./document-page-hits";
import { DocumentUnitName } from "./document-unit-name";

export const DocumentCard_document = graphql(`
  fragment DocumentCard_document on Document {
    id
    title
    kind
    status
    periodFromYear
    periodToYear
    isDemo
    territorialUnit {
      code
      name
      kind
    }
    files {
      id
      fileName
    }
    textMatches {
      fileId
      pageNumber
      snippet {
        text
        highlighted
      }
    }
  }
`);

/** One search result: the title links to the document's page (its heading, for screen readers). */
export function DocumentCard(props: {
  document: FragmentType<typeof DocumentCard_document>;
  locale: Locale;
}) {
  const { locale } = props;
  const document = getFragmentData(DocumentCard_document, props.document);
  const messages = getMessages(locale).documents;
  const words = messages.facts;
  const labels = documentLabels(locale);
  const headingId = `dokument-${document.id}`;
  const period = periodText(document.periodFromYear, document.periodToYear, locale);
  return (
    <article className="document-card" aria-labelledby={headingId}>
      <h3 id={headingId} lang={recordLang(locale)}>
        <a href={localeHref(locale, documentHref(document.id))}>{document.title}</a>
      </h3>
      <p className="document-card__kind">{labels.kinds[document.kind]}</p>
      <dl className="document-card__facts">
        <div>
          <dt>{words.area}</dt>
          <dd>
            {document.territorialUnit ? (
              <DocumentUnitName unit={document.territorialUnit} locale={locale} />
            ) : (
              words.notGiven
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
      </dl>
      <Badges>{document.isDemo && <Badge variant="demo">{messages.document.demo}</Badge>}</Badges>
      <DocumentPageHits
        documentId={document.id}
        files={document.files}
        matches={document.textMatches}
        locale={locale}
      />
    </article>
  );
}
