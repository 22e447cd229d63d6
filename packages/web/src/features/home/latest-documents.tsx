import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { documentHref, periodText } from "@/features/document/document-format";
import { DOCUMENT_KIND_LABELS_BY_LOCALE } from "@/features/document/document-labels";
import { unitLabel } from "@/features/document/document-unit";
import { localeHref, type Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";

export const LatestDocuments_document = graphql(`
  fragment LatestDocuments_document on Document {
    id
    title
    kind
    periodFromYear
    periodToYear
    isDemo
    territorialUnit {
      code
      name
      kind
    }
  }
`);

/**
 * The most recent documents (the API's default order: newest period or adoption year first). Titles
 * and the JST named are records, in Polish whatever the page's language; the kind is translated.
 */
export function LatestDocuments(props: {
  documents: FragmentType<typeof LatestDocuments_document>[];
  locale: Locale;
  messages: Messages["home"];
}) {
  const { locale, messages } = props;
  const records = locale === "pl" ? undefined : "pl";
  const documents = props.documents.map((document) => getFragmentData(LatestDocuments_document, document));
  if (documents.length === 0) return <p>{messages.noDocuments}</p>;
  return (
    <ul className="latest-list">
      {documents.map((document) => {
        const period = periodText(document.periodFromYear, document.periodToYear, locale);
        const unit = document.territorialUnit && unitLabel(document.territorialUnit);
        return (
          <li key={document.id}>
            <a href={localeHref(locale, documentHref(document.id))} lang={records}>
              {document.title}
            </a>
            <p className="latest-list__detail">
              {DOCUMENT_KIND_LABELS_BY_LOCALE[locale][document.kind]}
              {unit && (
                <>
                  {" · "}
                  <span lang={records}>{unit}</span>
                </>
              )}
              {period && ` · ${period}`}
              {document.isDemo && ` · ${messages.demo}`}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
