import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { LOCALE_TAGS, localeHref, type Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
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

/**
 * The newest "Zakup Prospołeczny" holders, each with what exactly was certified. Names and offerings
 * are records, in Polish whatever the page's language.
 */
export function LatestCertificates(props: {
  certificates: FragmentType<typeof LatestCertificates_certificate>[];
  locale: Locale;
  messages: Messages["home"];
}) {
  const { locale, messages } = props;
  const records = locale === "pl" ? undefined : "pl";
  const certificates = props.certificates.map((certificate) =>
    getFragmentData(LatestCertificates_certificate, certificate),
  );
  if (certificates.length === 0) return <p>{messages.noCertificates}</p>;
  return (
    <ul className="latest-list">
      {certificates.map((certificate) => {
        const holder = certificate.organization;
        return (
          <li key={certificate.id}>
            {holder ? (
              <a href={localeHref(locale, `/podmioty/${encodeURIComponent(holder.slug)}`)} lang={records}>
                {holder.name}
              </a>
            ) : (
              messages.unpublishedHolder
            )}
            {holder?.address.city && (
              <span className="latest-list__meta">
                , <span lang={records}>{holder.address.city}</span>
              </span>
            )}
            <p className="latest-list__detail">
              <span lang={records}>{certificate.offerings.map((offering) => offering.name).join(", ")}</span>{" "}
              · {messages.validFrom(formatDate(certificate.validFrom, LOCALE_TAGS[locale]))}
              {certificate.isDemo && ` · ${messages.demo}`}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
