import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";

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
export function ServiceDetailApply(props: {
  service: FragmentType<typeof ServiceDetailApply_service>;
  locale: Locale;
}) {
  const { howToApply, waitingTimeText } = getFragmentData(ServiceDetailApply_service, props.service);
  const words = getMessages(props.locale).service.apply;
  const record = recordLang(props.locale);
  const steps = howToApply.text
    .split(/\n+/)
    .map((step) => step.trim())
    .filter(Boolean);
  return (
    <section aria-labelledby="jak-skorzystac">
      <h2 id="jak-skorzystac">{words.heading}</h2>
      {steps.length > 1 ? (
        <ol className="service-detail__list" lang={record}>
          {steps.map((step, index) => (
            <li key={index}>{step}</li>
          ))}
        </ol>
      ) : steps[0] ? (
        <p lang={record}>{steps[0]}</p>
      ) : (
        <p>{words.noSteps}</p>
      )}
      <h3>{words.documents}</h3>
      {howToApply.requiredDocuments.length > 0 ? (
        <ul className="service-detail__list" lang={record}>
          {howToApply.requiredDocuments.map((document) => (
            <li key={document}>{document}</li>
          ))}
        </ul>
      ) : (
        <p>{words.noDocuments}</p>
      )}
      {waitingTimeText && (
        <p>
          <strong>{words.waitingTime}</strong> <span lang={record}>{waitingTimeText}</span>
        </p>
      )}
    </section>
  );
}
