import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
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
  locale: Locale;
}) {
  const { locale } = props;
  const registry = getMessages(locale).registry;
  const words = registry.certificate;
  const lang = recordLang(locale);
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
                  <a href={localeHref(locale, `/podmioty/${encodeURIComponent(holder.slug)}`)} lang={lang}>
                    {holder.name}
                  </a>
                ) : (
                  words.unpublished
                )}
              </h3>
              {holder && (
                <p className="holder__meta" lang={lang}>
                  {holder.address.city}
                </p>
              )}
              <p className="holder__label">{words.holderOfferings}</p>
              <ul className="holder__offerings" lang={lang}>
                {certificate.offerings.map((offering) => (
                  <li key={offering.id}>{offering.name}</li>
                ))}
              </ul>
              <p className="holder__validity">
                {words.certificateNumber(certificate.number)} {validityText(certificate, locale)}
              </p>
              <Badges label={registry.badges.label}>
                {certificate.isDemo && <Badge variant="demo">{registry.badges.demo}</Badge>}
              </Badges>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
