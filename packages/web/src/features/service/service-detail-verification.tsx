import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { LOCALE_TAGS, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { formatDate } from "@/lib/dates";

export const ServiceDetailVerification_service = graphql(`
  fragment ServiceDetailVerification_service on Service {
    isStale
    lastVerifiedAt
    lastVerifiedSource
  }
`);

type Props = { service: FragmentType<typeof ServiceDetailVerification_service>; locale: Locale };

/** Shown above the sections when the data was not confirmed for 12 months: the first thing to know. */
export function ServiceStaleNotice(props: Props) {
  const service = getFragmentData(ServiceDetailVerification_service, props.service);
  if (!service.isStale) return null;
  const words = getMessages(props.locale).service.verification;
  return (
    <div className="notice notice--stale">
      <p>
        <strong>
          {service.lastVerifiedAt
            ? words.staleSince(formatDate(service.lastVerifiedAt, LOCALE_TAGS[props.locale]))
            : words.staleNever}
        </strong>{" "}
        {words.staleAdvice} <a href="#zglos">{words.staleReport}</a>.
      </p>
    </div>
  );
}

/** "Dane zweryfikowano: 7 marca 2026 r. (telefonicznie)" under the sections. */
export function ServiceVerificationLine(props: Props) {
  const service = getFragmentData(ServiceDetailVerification_service, props.service);
  const words = getMessages(props.locale).service.verification;
  return (
    <p className="source">
      {service.lastVerifiedAt
        ? words.verifiedOn(formatDate(service.lastVerifiedAt, LOCALE_TAGS[props.locale]))
        : words.notVerified}
      {service.lastVerifiedAt && service.lastVerifiedSource && (
        // How the data was confirmed is the record's own word ("telefonicznie").
        <>
          {" "}
          (<span lang={recordLang(props.locale)}>{service.lastVerifiedSource}</span>)
        </>
      )}
      {service.isStale && service.lastVerifiedAt && words.staleSuffix}
    </p>
  );
}
