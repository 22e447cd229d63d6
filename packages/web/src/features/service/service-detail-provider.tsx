import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { serviceLabels } from "./service-labels";

export const ServiceDetailProvider_service = graphql(`
  fragment ServiceDetailProvider_service on Service {
    provider {
      slug
      name
      legalForm
      address {
        city
      }
    }
  }
`);

/** "Kto prowadzi": the provider links to its registry page; the API hides one the public may not see. */
export function ServiceDetailProvider(props: {
  service: FragmentType<typeof ServiceDetailProvider_service>;
  locale: Locale;
}) {
  const { locale } = props;
  const { provider } = getFragmentData(ServiceDetailProvider_service, props.service);
  const words = getMessages(locale).service.provider;
  return (
    <section aria-labelledby="kto-prowadzi">
      <h2 id="kto-prowadzi">{words.heading}</h2>
      {provider ? (
        <p>
          <a
            href={localeHref(locale, `/podmioty/${encodeURIComponent(provider.slug)}`)}
            lang={recordLang(locale)}
          >
            {provider.name}
          </a>{" "}
          <span className="muted">
            ({serviceLabels(locale).legalForms[provider.legalForm]}, {provider.address.city})
          </span>
        </p>
      ) : (
        <p>{words.notPublic}</p>
      )}
    </section>
  );
}
