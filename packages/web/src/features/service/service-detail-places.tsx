import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { KIND_LABELS } from "@/features/territory/kind-labels";
import { OpeningHours } from "./opening-hours";
import { languageList } from "./service-detail-format";
import { ACCESSIBILITY_FEATURE_LABELS, DELIVERY_MODE_LABELS } from "./service-labels";

export const ServiceDetailPlaces_service = graphql(`
  fragment ServiceDetailPlaces_service on Service {
    deliveryModes
    accessibilityFeatures
    languages
    locations {
      name
      address {
        streetAddress
        postalCode
        city
      }
      gmina {
        code
        name
        kind
      }
      ...OpeningHours_location
    }
  }
`);

/** "Gdzie i kiedy": every location with its address, gmina and hours, then how the service is given. */
export function ServiceDetailPlaces(props: {
  service: FragmentType<typeof ServiceDetailPlaces_service>;
  today: string;
}) {
  const service = getFragmentData(ServiceDetailPlaces_service, props.service);
  return (
    <section aria-labelledby="gdzie-i-kiedy">
      <h2 id="gdzie-i-kiedy">Gdzie i kiedy</h2>
      {service.locations.length === 0 && <p>Usługodawca nie podał adresu, pod którym działa usługa.</p>}
      {service.locations.map((location, index) => {
        const headingId = `miejsce-${index + 1}`;
        return (
          <article className="service-location" aria-labelledby={headingId} key={index}>
            <h3 id={headingId}>{location.name}</h3>
            <p className="service-location__address">
              {location.address.streetAddress}, {location.address.postalCode} {location.address.city}
              {location.gmina && (
                <>
                  <br />
                  <a href={`/gminy/${location.gmina.code}`}>gmina {location.gmina.name}</a>{" "}
                  <span className="muted">({KIND_LABELS[location.gmina.kind]})</span>
                </>
              )}
            </p>
            <OpeningHours location={location} today={props.today} />
          </article>
        );
      })}
      <dl className="facts service-detail__delivery">
        <div>
          <dt>Forma</dt>
          <dd>
            {service.deliveryModes.length > 0
              ? service.deliveryModes.map((mode) => DELIVERY_MODE_LABELS[mode]).join("; ")
              : "nie podano"}
          </dd>
        </div>
        <div>
          <dt>Dostępność</dt>
          <dd>
            {service.accessibilityFeatures.length > 0 ? (
              <ul className="service-detail__list">
                {service.accessibilityFeatures.map((feature) => (
                  <li key={feature}>{ACCESSIBILITY_FEATURE_LABELS[feature]}</li>
                ))}
              </ul>
            ) : (
              "usługodawca nie podał udogodnień — zapytaj o nie przed wizytą"
            )}
          </dd>
        </div>
        <div>
          <dt>Języki</dt>
          <dd>{service.languages.length > 0 ? languageList(service.languages) : "nie podano"}</dd>
        </div>
      </dl>
    </section>
  );
}
