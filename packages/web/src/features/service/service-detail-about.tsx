import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { LOCALE_TAGS, recordLang, type Locale } from "@/i18n/locales";
import { getMessages, type Messages } from "@/i18n/messages";
import { formatDate } from "@/lib/dates";
import { serviceLabels } from "./service-labels";

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

type Period = { validFrom?: string | null; validTo?: string | null };

function periodText({ validFrom, validTo }: Period, locale: Locale, words: Messages["service"]["about"]) {
  const date = (iso: string) => formatDate(iso, LOCALE_TAGS[locale]);
  if (validFrom && validTo) return words.between(date(validFrom), date(validTo));
  if (validFrom) return words.from(date(validFrom));
  if (validTo) return words.to(date(validTo));
  return null;
}

/** "Na czym polega": the description, the kind of service and its legal footing. */
export function ServiceDetailAbout(props: {
  service: FragmentType<typeof ServiceDetailAbout_service>;
  locale: Locale;
}) {
  const { locale } = props;
  const service = getFragmentData(ServiceDetailAbout_service, props.service);
  const words = getMessages(locale).service.about;
  const labels = serviceLabels(locale);
  const record = recordLang(locale);
  const period = periodText(service, locale, words);
  return (
    <section aria-labelledby="na-czym-polega">
      <h2 id="na-czym-polega">{words.heading}</h2>
      <p className="service-detail__description" lang={record}>
        {service.description}
      </p>
      <dl className="facts">
        <div>
          <dt>{words.type}</dt>
          <dd>{labels.serviceTypes[service.serviceType]}</dd>
        </div>
        <div>
          <dt>{words.area}</dt>
          <dd>{labels.serviceAreas[service.category]}</dd>
        </div>
        {service.legalBasis && (
          <div>
            <dt>{words.legalBasis}</dt>
            <dd lang={record}>{service.legalBasis}</dd>
          </div>
        )}
        {period && (
          <div>
            <dt>{words.available}</dt>
            <dd>{period}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
