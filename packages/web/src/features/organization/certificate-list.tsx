import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { certificateStatusText, validityText } from "@/features/certificate/validity";
import { formatDate } from "@/lib/dates";
import { CERTIFICATE_TYPE_LABELS } from "./labels";

export const CertificateList_certificate = graphql(`
  fragment CertificateList_certificate on Certificate {
    id
    type
    number
    decisionDate
    grantingBody
    validFrom
    validTo
    status
    revokedReason
    offerings {
      id
      name
      description
      cpvCodes
    }
  }
`);

/** The certificates of one organization: what was certified, by whom, and whether it is valid today. */
export function CertificateList(props: { certificates: FragmentType<typeof CertificateList_certificate>[] }) {
  const certificates = props.certificates.map((certificate) =>
    getFragmentData(CertificateList_certificate, certificate),
  );
  return (
    <ul className="certificate-list">
      {certificates.map((certificate) => {
        const headingId = `certyfikat-${certificate.id}`;
        return (
          <li key={certificate.id}>
            <article
              className={`certificate certificate--${certificate.status.toLowerCase()}`}
              aria-labelledby={headingId}
            >
              <h3 id={headingId}>
                {CERTIFICATE_TYPE_LABELS[certificate.type]}{" "}
                <span className="certificate__number">nr {certificate.number}</span>
              </h3>
              <dl className="facts">
                <div>
                  <dt>Status</dt>
                  <dd className="certificate__status">{certificateStatusText(certificate)}</dd>
                </div>
                <div>
                  <dt>Ważność</dt>
                  <dd>{validityText(certificate)}</dd>
                </div>
                <div>
                  <dt>Decyzja</dt>
                  <dd>
                    z {formatDate(certificate.decisionDate)} r., {certificate.grantingBody}
                  </dd>
                </div>
              </dl>
              <h4>Certyfikowane produkty i usługi</h4>
              <ul className="certificate__offerings">
                {certificate.offerings.map((offering) => (
                  <li key={offering.id}>
                    <span className="certificate__offering-name">{offering.name}</span>
                    {offering.description && <> — {offering.description}</>}
                    {offering.cpvCodes.length > 0 && (
                      <span className="cpv"> (CPV: {offering.cpvCodes.join(", ")})</span>
                    )}
                  </li>
                ))}
              </ul>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
