import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { OpeningHours } from "./opening-hours";
import { languageList } from "./service-detail-format";
import { serviceLabels } from "./service-labels";

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
  locale: Locale;
}) {
  const { locale } = props;
  const service = getFragmentData(ServiceDetailPlaces_service, props.service);
  const words = getMessages(locale).service.places;
  const labels = serviceLabels(locale);
  const record = recordLang(locale);
  return (
    <section aria-labelledby="gdzie-i-kiedy">
      <h2 id="gdzie-i-kiedy">{words.heading}</h2>
      {service.locations.length === 0 && <p>{words.noAddress}</p>}
      {service.locations.map((location, index) => {
        const headingId = `miejsce-${index + 1}`;
        return (
          <article className="service-location" aria-labelledby={headingId} key={index}>
            <h3 id={headingId} lang={record}>
              {location.name}
            </h3>
            <p className="service-location__address">
              {location.address.streetAddress}, {location.address.postalCode} {location.address.city}
              {location.gmina && (
                <>
                  <br />
                  <a href={localeHref(locale, `/gminy/${location.gmina.code}`)}>
                    {words.gmina(location.gmina.name)}
                  </a>{" "}
                  <span className="muted">({labels.placeKinds[location.gmina.kind]})</span>
                </>
              )}
            </p>
            <OpeningHours location={location} today={props.today} locale={locale} />
          </article>
        );
      })}
      <dl className="facts service-detail__delivery">
        <div>
          <dt>{words.delivery}</dt>
          <dd>
            {service.deliveryModes.length > 0
              ? service.deliveryModes.map((mode) => labels.deliveryModes[mode]).join("; ")
              : words.notGiven}
          </dd>
        </div>
        <div>
          <dt>{words.accessibility}</dt>
          <dd>
            {service.accessibilityFeatures.length > 0 ? (
              <ul className="service-detail__list">
                {service.accessibilityFeatures.map((feature) => (
                  <li key={feature}>{labels.accessibilityFeatures[feature]}</li>
                ))}
              </ul>
            ) : (
              words.noAccessibility
            )}
          </dd>
        </div>
        <div>
          <dt>{words.languages}</dt>
          <dd>{service.languages.length > 0 ? languageList(service.languages, locale) : words.notGiven}</dd>
        </div>
      </dl>
    </section>
  );
}
