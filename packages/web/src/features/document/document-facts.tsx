import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { formatDate } from "@/lib/dates";
import { periodText } from "./document-format";
import { DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS } from "./document-labels";
import { documentSearchHref, parseDocumentSearch } from "./document-search";
import { unitLabel } from "./document-unit";

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

/** "od 1 kwietnia 2025 do 31 grudnia 2030"; null when neither date is known. */
function inForceText(from: string | null | undefined, to: string | null | undefined): string | null {
  const parts = [from && `od ${formatDate(from)}`, to && `do ${formatDate(to)}`].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : null;
}

/** "nr XII/85/2025, Rada Miejska w Łapach, 1 marca 2025": the act as the API knows it. */
function actText(act: { number?: string | null; body?: string | null; date?: string | null }): string {
  return [act.number && `nr ${act.number}`, act.body, act.date && formatDate(act.date)]
    .filter(Boolean)
    .join(", ");
}

/** "O dokumencie": what it is, whom it concerns, where it stands, and what it is linked with. */
export function DocumentFacts(props: { document: FragmentType<typeof DocumentFacts_document> }) {
  const document = getFragmentData(DocumentFacts_document, props.document);
  const period = periodText(document.periodFromYear, document.periodToYear);
  const inForce = inForceText(document.inForceFrom, document.inForceTo);
  const unit = document.territorialUnit;
  return (
    <section aria-labelledby="o-dokumencie">
      <h2 id="o-dokumencie">O dokumencie</h2>
      <dl className="facts">
        <div>
          <dt>Rodzaj</dt>
          <dd>{DOCUMENT_KIND_LABELS[document.kind]}</dd>
        </div>
        <div>
          <dt>Dotyczy</dt>
          <dd>
            {unit ? unitLabel(unit) : "nie podano"}
            {unit && (
              <>
                {" "}
                <a href={documentSearchHref(parseDocumentSearch({ obszar: unit.code }))}>
                  Inne dokumenty tej jednostki
                </a>
              </>
            )}
          </dd>
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
        {document.act && (
          <div>
            <dt>Akt przyjęcia</dt>
            <dd>{actText(document.act)}</dd>
          </div>
        )}
        {inForce && (
          <div>
            <dt>Obowiązuje</dt>
            <dd>{inForce}</dd>
          </div>
        )}
        {document.repealedOn && (
          <div>
            <dt>Uchylony</dt>
            <dd>{formatDate(document.repealedOn)}</dd>
          </div>
        )}
        {document.tags.length > 0 && (
          <div>
            <dt>Tematy</dt>
            <dd>{document.tags.join(", ")}</dd>
          </div>
        )}
        {document.relatedOrganizations.length > 0 && (
          <div>
            <dt>Powiązane podmioty</dt>
            <dd>
              <ul className="inline-list">
                {document.relatedOrganizations.map((organization) => (
                  <li key={organization.slug}>
                    <a href={`/podmioty/${encodeURIComponent(organization.slug)}`}>{organization.name}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {document.relatedServices.length > 0 && (
          <div>
            <dt>Powiązane usługi</dt>
            <dd>
              <ul className="inline-list">
                {document.relatedServices.map((service) => (
                  <li key={service.slug}>
                    <a href={`/uslugi/${encodeURIComponent(service.slug)}`}>{service.title}</a>
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
