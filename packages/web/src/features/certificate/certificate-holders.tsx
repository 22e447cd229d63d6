import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { validityText } from "./validity";

export const CertificateHolders_certificate = graphql(`
  fragment CertificateHolders_certificate on Certificate {
    id
    number
    validFrom
    validTo
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

/** Holders of a mark with what exactly was certified: the mark is for named offerings, not the whole entity. */
export function CertificateHolders(props: {
  certificates: FragmentType<typeof CertificateHolders_certificate>[];
}) {
  const certificates = props.certificates.map((certificate) =>
    getFragmentData(CertificateHolders_certificate, certificate),
  );
  return (
    <ul className="holder-list">
      {certificates.map((certificate) => {
        const holder = certificate.organization;
        const headingId = `posiadacz-${certificate.id}`;
        return (
          <li key={certificate.id}>
            <article className="holder" aria-labelledby={headingId}>
              <h3 id={headingId}>
                {holder ? (
                  <a href={`/podmioty/${encodeURIComponent(holder.slug)}`}>{holder.name}</a>
                ) : (
                  "Podmiot niepublikowany"
                )}
              </h3>
              {holder && <p className="holder__meta">{holder.address.city}</p>}
              <p className="holder__label">Certyfikowane produkty i usługi:</p>
              <ul className="holder__offerings">
                {certificate.offerings.map((offering) => (
                  <li key={offering.id}>{offering.name}</li>
                ))}
              </ul>
              <p className="holder__validity">
                Certyfikat nr {certificate.number}, {validityText(certificate)}
              </p>
              <Badges>{certificate.isDemo && <Badge variant="demo" />}</Badges>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
