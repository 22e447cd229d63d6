import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { certificateStatusText, validityText } from "@/features/certificate/validity";
import { LOCALE_TAGS, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { formatDate } from "@/lib/dates";
import { organizationLabels } from "./organization-labels";

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
export function CertificateList(props: {
  certificates: FragmentType<typeof CertificateList_certificate>[];
  locale: Locale;
}) {
  const { locale } = props;
  const words = getMessages(locale).registry.certificate;
  const labels = organizationLabels(locale);
  const lang = recordLang(locale);
  const certificates = props.certificates.map((certificate) =>
    getFragmentData(CertificateList_certificate, certificate),
  );
  return (
    <ul className="certificate-list">
      {certificates.map((certificate) => {
        const headingId = `certyfikat-${certificate.id}`;
        const status = certificateStatusText(certificate, locale);
        return (
          <li key={certificate.id}>
            <article
              className={`certificate certificate--${certificate.status.toLowerCase()}`}
              aria-labelledby={headingId}
            >
              <h3 id={headingId}>
                {labels.certificateTypes[certificate.type]}{" "}
                <span className="certificate__number">
                  {words.number} {certificate.number}
                </span>
              </h3>
              <dl className="facts">
                <div>
                  <dt>{words.status}</dt>
                  <dd className="certificate__status">
                    {status.label}
                    {status.reason && (
                      <>
                        {` — ${words.reason} `}
                        <span lang={lang}>{status.reason}</span>
                      </>
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{words.validity}</dt>
                  <dd>{validityText(certificate, locale)}</dd>
                </div>
                <div>
                  <dt>{words.decision}</dt>
                  <dd>
                    {words.decidedOn(formatDate(certificate.decisionDate, LOCALE_TAGS[locale]))}{" "}
                    <span lang={lang}>{certificate.grantingBody}</span>
                  </dd>
                </div>
              </dl>
              <h4>{words.offerings}</h4>
              <ul className="certificate__offerings" lang={lang}>
                {certificate.offerings.map((offering) => (
                  <li key={offering.id}>
                    <span className="certificate__offering-name">{offering.name}</span>
                    {offering.description && <> — {offering.description}</>}
                    {offering.cpvCodes.length > 0 && (
                      <span className="cpv">
                        {" "}
                        ({words.cpv} {offering.cpvCodes.join(", ")})
                      </span>
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
