import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { formatDate } from "@/lib/dates";

export const LatestCertificates_certificate = graphql(`
  fragment LatestCertificates_certificate on Certificate {
    id
    number
    validFrom
    isDemo
    organization {
      id
      slug
      name
      address {
        city
      }
    }
    offerings {
      id
      name
    }
  }
`);

/** The newest "Zakup Prospołeczny" holders, each with what exactly was certified. */
export function LatestCertificates(props: {
  certificates: FragmentType<typeof LatestCertificates_certificate>[];
}) {
  const certificates = props.certificates.map((certificate) =>
    getFragmentData(LatestCertificates_certificate, certificate),
  );
  if (certificates.length === 0) return <p>Obecnie żaden certyfikat nie jest ważny.</p>;
  return (
    <ul className="latest-list">
      {certificates.map((certificate) => {
        const holder = certificate.organization;
        return (
          <li key={certificate.id}>
            {holder ? (
              <a href={`/podmioty/${encodeURIComponent(holder.slug)}`}>{holder.name}</a>
            ) : (
              "Podmiot niepublikowany"
            )}
            {holder?.address.city && <span className="latest-list__meta">, {holder.address.city}</span>}
            <p className="latest-list__detail">
              {certificate.offerings.map((offering) => offering.name).join(", ")} · ważny od{" "}
              {formatDate(certificate.validFrom)} r.
              {certificate.isDemo && " · dane demonstracyjne"}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
