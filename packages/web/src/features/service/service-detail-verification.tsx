import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { formatDate } from "@/lib/dates";

export const ServiceDetailVerification_service = graphql(`
  fragment ServiceDetailVerification_service on Service {
    isStale
    lastVerifiedAt
    lastVerifiedSource
  }
`);

type Props = { service: FragmentType<typeof ServiceDetailVerification_service> };

/** Shown above the sections when the data was not confirmed for 12 months: the first thing to know. */
export function ServiceStaleNotice(props: Props) {
  const service = getFragmentData(ServiceDetailVerification_service, props.service);
  if (!service.isStale) return null;
  return (
    <div className="notice notice--stale">
      <p>
        <strong>
          Dane mogą być nieaktualne —{" "}
          {service.lastVerifiedAt
            ? `ostatnio sprawdzone ${formatDate(service.lastVerifiedAt)} r.`
            : "nie zostały jeszcze sprawdzone."}
        </strong>{" "}
        Zanim skorzystasz z usługi, potwierdź godziny i warunki u usługodawcy. Jeśli coś się zmieniło,{" "}
        <a href="#zglos">zgłoś nieaktualne informacje</a>.
      </p>
    </div>
  );
}

/** "Dane zweryfikowano: 7 marca 2026 r. (telefonicznie)" under the sections. */
export function ServiceVerificationLine(props: Props) {
  const service = getFragmentData(ServiceDetailVerification_service, props.service);
  return (
    <p className="source">
      {service.lastVerifiedAt
        ? `Dane zweryfikowano: ${formatDate(service.lastVerifiedAt)} r.`
        : "Dane nie zostały jeszcze zweryfikowane."}
      {service.lastVerifiedAt && service.lastVerifiedSource && ` (${service.lastVerifiedSource})`}
      {service.isStale && service.lastVerifiedAt && " — dane mogą być nieaktualne."}
    </p>
  );
}
