import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { documentHref, periodText } from "./document-format";
import { DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS } from "./document-labels";
import { DocumentPageHits } from "./document-page-hits";
import { unitLabel } from "./document-unit";

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
export function DocumentCard(props: { document: FragmentType<typeof DocumentCard_document> }) {
  const document = getFragmentData(DocumentCard_document, props.document);
  const headingId = `dokument-${document.id}`;
  const period = periodText(document.periodFromYear, document.periodToYear);
  return (
    <article className="document-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <a href={documentHref(document.id)}>{document.title}</a>
      </h3>
      <p className="document-card__kind">{DOCUMENT_KIND_LABELS[document.kind]}</p>
      <dl className="document-card__facts">
        <div>
          <dt>Dotyczy</dt>
          <dd>{document.territorialUnit ? unitLabel(document.territorialUnit) : "nie podano"}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{DOCUMENT_STATUS_LABELS[document.status]}</dd>
        </div>
        {period && (
          <div>
            <dt>Okres</dt>
            <dd>{period}</dd>
          </div>
        )}
      </dl>
      <Badges>{document.isDemo && <Badge variant="demo" />}</Badges>
      <DocumentPageHits documentId={document.id} files={document.files} matches={document.textMatches} />
    </article>
  );
}
