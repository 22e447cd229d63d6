import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { KIND_LABELS } from "@/features/territory/kind-labels";
import { costText } from "./service-card-cost";
import { SERVICE_AREA_LABELS, SERVICE_TYPE_LABELS } from "./service-labels";

export const ServiceCard_service = graphql(`
  fragment ServiceCard_service on Service {
    id
    slug
    title
    serviceType
    category
    isStale
    isDemo
    cost {
      kind
      amount
      unit
    }
    provider {
      name
    }
    locations {
      address {
        streetAddress
        city
      }
    }
    areasServed {
      code
      name
      kind
    }
  }
`);

const MAX_PLACES = 3;

/** "Łapy, ul. Leśna 5; Suraż, …" — at most three addresses, then how many more. */
function placesText(locations: { address: { streetAddress: string; city: string } }[]): string {
  const addresses = [
    ...new Set(
      locations.map(({ address }) => [address.city, address.streetAddress].filter(Boolean).join(", ")),
    ),
  ];
  const shown = addresses.slice(0, MAX_PLACES).join("; ");
  const more = addresses.length - MAX_PLACES;
  return more > 0 ? `${shown} i ${more} ${more === 1 ? "inne miejsce" : "inne miejsca"}` : shown;
}

/**
 * One search result: the title links to the service's page (its heading, for screen readers).
 * `number` is the position in the results, shown when a map refers to it.
 */
export function ServiceCard(props: { service: FragmentType<typeof ServiceCard_service>; number?: number }) {
  const service = getFragmentData(ServiceCard_service, props.service);
  const headingId = `usluga-${service.slug}`;
  const places = placesText(service.locations);
  const areas = service.areasServed.map((unit) => `${KIND_LABELS[unit.kind]} ${unit.name}`).join(", ");
  return (
    <article className="service-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {props.number !== undefined && <span className="service-card__number">{props.number}. </span>}
        <a href={`/uslugi/${encodeURIComponent(service.slug)}`}>{service.title}</a>
      </h3>
      <p className="service-card__meta">
        {SERVICE_TYPE_LABELS[service.serviceType]} · {SERVICE_AREA_LABELS[service.category]}
      </p>
      <dl className="service-card__facts">
        <div>
          <dt>Prowadzi</dt>
          <dd>{service.provider?.name ?? "usługodawca nie jest podany"}</dd>
        </div>
        <div>
          <dt>Koszt</dt>
          <dd className={service.cost.kind === "FREE" ? "service-card__free" : undefined}>
            {costText(service.cost)}
          </dd>
        </div>
        <div>
          <dt>Miejsce</dt>
          <dd>{places || "bez stałego adresu"}</dd>
        </div>
        {areas && (
          <div>
            <dt>Dla mieszkańców</dt>
            <dd>{areas}</dd>
          </div>
        )}
      </dl>
      {(service.isStale || service.isDemo) && (
        <ul className="badges" aria-label="Oznaczenia">
          {service.isStale && <li className="badge badge--stale">Dane mogą być nieaktualne</li>}
          {service.isDemo && <li className="badge badge--demo">Dane demonstracyjne</li>}
        </ul>
      )}
    </article>
  );
}
