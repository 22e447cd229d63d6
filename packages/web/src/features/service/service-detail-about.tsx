import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { formatDate } from "@/lib/dates";
import { SERVICE_AREA_LABELS, SERVICE_TYPE_LABELS } from "./service-labels";

export const ServiceDetailAbout_service = graphql(`
  fragment ServiceDetailAbout_service on Service {
    description
    serviceType
    category
    legalBasis
    validFrom
    validTo
  }
`);

function periodText(validFrom: string | null | undefined, validTo: string | null | undefined): string | null {
  if (validFrom && validTo) return `od ${formatDate(validFrom)} r. do ${formatDate(validTo)} r.`;
  if (validFrom) return `od ${formatDate(validFrom)} r.`;
  if (validTo) return `do ${formatDate(validTo)} r.`;
  return null;
}

/** "Na czym polega": the description, the kind of service and its legal footing. */
export function ServiceDetailAbout(props: { service: FragmentType<typeof ServiceDetailAbout_service> }) {
  const service = getFragmentData(ServiceDetailAbout_service, props.service);
  const period = periodText(service.validFrom, service.validTo);
  return (
    <section aria-labelledby="na-czym-polega">
      <h2 id="na-czym-polega">Na czym polega</h2>
      <p className="service-detail__description">{service.description}</p>
      <dl className="facts">
        <div>
          <dt>Rodzaj usługi</dt>
          <dd>{SERVICE_TYPE_LABELS[service.serviceType]}</dd>
        </div>
        <div>
          <dt>Obszar usług społecznych</dt>
          <dd>{SERVICE_AREA_LABELS[service.category]}</dd>
        </div>
        {service.legalBasis && (
          <div>
            <dt>Podstawa prawna</dt>
            <dd>{service.legalBasis}</dd>
          </div>
        )}
        {period && (
          <div>
            <dt>Usługa dostępna</dt>
            <dd>{period}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
