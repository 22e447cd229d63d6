import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { LEGAL_FORM_LABELS } from "@/features/organization/labels";

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
}) {
  const { provider } = getFragmentData(ServiceDetailProvider_service, props.service);
  return (
    <section aria-labelledby="kto-prowadzi">
      <h2 id="kto-prowadzi">Kto prowadzi</h2>
      {provider ? (
        <p>
          <a href={`/podmioty/${encodeURIComponent(provider.slug)}`}>{provider.name}</a>{" "}
          <span className="muted">
            ({LEGAL_FORM_LABELS[provider.legalForm]}, {provider.address.city})
          </span>
        </p>
      ) : (
        <p>Usługodawca nie ma publicznego wpisu w rejestrze podmiotów.</p>
      )}
    </section>
  );
}
