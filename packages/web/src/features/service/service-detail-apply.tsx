import { getFragmentData, graphql, type FragmentType } from "@/__generated__";

export const ServiceDetailApply_service = graphql(`
  fragment ServiceDetailApply_service on Service {
    howToApply {
      text
      requiredDocuments
    }
    waitingTimeText
  }
`);

/** "Jak skorzystać": the steps (one per line in the data), the documents and the waiting time. */
export function ServiceDetailApply(props: { service: FragmentType<typeof ServiceDetailApply_service> }) {
  const { howToApply, waitingTimeText } = getFragmentData(ServiceDetailApply_service, props.service);
  const steps = howToApply.text
    .split(/\n+/)
    .map((step) => step.trim())
    .filter(Boolean);
  return (
    <section aria-labelledby="jak-skorzystac">
      <h2 id="jak-skorzystac">Jak skorzystać</h2>
      {steps.length > 1 ? (
        <ol className="service-detail__list">
          {steps.map((step, index) => (
            <li key={index}>{step}</li>
          ))}
        </ol>
      ) : (
        <p>{steps[0] ?? "Usługodawca nie opisał jeszcze, jak skorzystać z usługi — skontaktuj się z nim."}</p>
      )}
      <h3>Potrzebne dokumenty</h3>
      {howToApply.requiredDocuments.length > 0 ? (
        <ul className="service-detail__list">
          {howToApply.requiredDocuments.map((document) => (
            <li key={document}>{document}</li>
          ))}
        </ul>
      ) : (
        <p>Usługodawca nie podał listy dokumentów.</p>
      )}
      {waitingTimeText && (
        <p>
          <strong>Czas oczekiwania:</strong> {waitingTimeText}
        </p>
      )}
    </section>
  );
}
