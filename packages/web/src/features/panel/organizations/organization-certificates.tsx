import type { CertificateStatus, CertificateType } from "@/__generated__/graphql";
import { CERTIFICATE_STATUS_LABELS, CERTIFICATE_TYPE_LABELS } from "@/features/organization/labels";
import { formatDate } from "@/lib/dates";
import { expiryText } from "../certificates/certificate-validity";
import { todayInWarsaw } from "../records/dates";

interface CertificateRow {
  id: string;
  type: CertificateType;
  number: string;
  validFrom: string;
  validTo: string;
  status: CertificateStatus;
}

/** The organization's certificates, each linked to its panel page, and a link to issue a new one. */
export function OrganizationCertificates(props: {
  organizationId: string;
  certificates: readonly CertificateRow[];
}) {
  const today = todayInWarsaw();
  return (
    <section aria-labelledby="certyfikaty-podmiotu">
      <h2 id="certyfikaty-podmiotu">Certyfikaty</h2>
      {props.certificates.length === 0 ? (
        <p>Podmiot nie ma certyfikatów.</p>
      ) : (
        <ul>
          {props.certificates.map((certificate) => (
            <li key={certificate.id}>
              <a href={`/panel/certyfikaty/${certificate.id}`}>
                {CERTIFICATE_TYPE_LABELS[certificate.type]} nr {certificate.number}
              </a>{" "}
              — {CERTIFICATE_STATUS_LABELS[certificate.status]}, ważny {formatDate(certificate.validFrom)} –{" "}
              {formatDate(certificate.validTo)} ({expiryText(certificate, today)})
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`/panel/certyfikaty?podmiot=${encodeURIComponent(props.organizationId)}`}>
          Certyfikaty tego podmiotu na liście certyfikatów
        </a>
      </p>
      <p>
        <a href={`/panel/certyfikaty/nowy?podmiot=${encodeURIComponent(props.organizationId)}`}>
          Wydaj certyfikat temu podmiotowi
        </a>
      </p>
    </section>
  );
}
