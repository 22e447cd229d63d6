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
}) {
  const { documentId, files, matches } = props;
  if (matches.length === 0) return null;
  const labelId = `trafienia-${documentId}`;
  return (
    <div className="document-hits">
      <p id={labelId} className="document-hits__label">
        Znalezione w treści:
      </p>
      <ul aria-labelledby={labelId}>
        {matches.map((match) => {
          const fileIndex = Math.max(
            0,
            files.findIndex((file) => file.id === match.fileId),
          );
          return (
            <li key={`${match.fileId}:${match.pageNumber}`}>
              <a href={documentHref(documentId, pageAnchor(fileIndex, match.pageNumber))}>
                strona {match.pageNumber}
              </a>
              {files.length > 1 && files[fileIndex] && (
                <span className="muted"> (plik „{files[fileIndex].fileName}”)</span>
              )}
              <p className="document-hits__snippet">
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
