import { localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { documentHref, pageAnchor } from "./document-format";

interface PageMatch {
  fileId: string;
  pageNumber: number;
  snippet: { text: string; highlighted: boolean }[];
}

/**
 * The pages where the searched words were found, each linking to that page of the document's text,
 * with the words in <mark>. The file is named only when the document has several.
 */
export function DocumentPageHits(props: {
  documentId: string;
  files: { id: string; fileName: string }[];
  matches: PageMatch[];
  locale: Locale;
}) {
  const { documentId, files, matches, locale } = props;
  if (matches.length === 0) return null;
  const words = getMessages(locale).documents.hits;
  const lang = recordLang(locale);
  const labelId = `trafienia-${documentId}`;
  return (
    <div className="document-hits">
      <p id={labelId} className="document-hits__label">
        {words.label}
      </p>
      <ul aria-labelledby={labelId}>
        {matches.map((match) => {
          const fileIndex = Math.max(
            0,
            files.findIndex((file) => file.id === match.fileId),
          );
          return (
            <li key={`${match.fileId}:${match.pageNumber}`}>
              <a href={localeHref(locale, documentHref(documentId, pageAnchor(fileIndex, match.pageNumber)))}>
                {words.page(match.pageNumber)}
              </a>
              {files.length > 1 && files[fileIndex] && (
                <span className="muted">
                  {` (${words.file} ${words.quoteOpen}`}
                  <span lang={lang}>{files[fileIndex].fileName}</span>
                  {`${words.quoteClose})`}
                </span>
              )}
              <p className="document-hits__snippet" lang={lang}>
                {match.snippet.map((segment, index) =>
                  segment.highlighted ? <mark key={index}>{segment.text}</mark> : segment.text,
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
