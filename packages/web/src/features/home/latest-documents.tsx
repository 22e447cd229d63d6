import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { documentHref, periodText } from "@/features/document/document-format";
import { DOCUMENT_KIND_LABELS } from "@/features/document/document-labels";
import { unitLabel } from "@/features/document/document-unit";

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

/** The most recent documents (the API's default order: newest period or adoption year first). */
export function LatestDocuments(props: { documents: FragmentType<typeof LatestDocuments_document>[] }) {
  const documents = props.documents.map((document) => getFragmentData(LatestDocuments_document, document));
  if (documents.length === 0) return <p>Nie ma jeszcze opublikowanych dokumentów.</p>;
  return (
    <ul className="latest-list">
      {documents.map((document) => {
        const period = periodText(document.periodFromYear, document.periodToYear);
        const details = [
          DOCUMENT_KIND_LABELS[document.kind],
          document.territorialUnit && unitLabel(document.territorialUnit),
          period,
          document.isDemo && "dane demonstracyjne",
        ].filter(Boolean);
        return (
          <li key={document.id}>
            <a href={documentHref(document.id)}>{document.title}</a>
            <p className="latest-list__detail">{details.join(" · ")}</p>
          </li>
        );
      })}
    </ul>
  );
}
