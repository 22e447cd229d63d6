import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { serviceLabels } from "./service-labels";

export const ServiceDetailAudience_service = graphql(`
  fragment ServiceDetailAudience_service on Service {
    targetGroups
    eligibility {
      text
      minAge
      maxAge
      disabilityCertificateRequired
      incomeCriterion
      residenceRequired
    }
  }
`);

/** "Dla kogo": the target groups and every condition of eligibility, each said in words. */
export function ServiceDetailAudience(props: {
  service: FragmentType<typeof ServiceDetailAudience_service>;
  locale: Locale;
}) {
  const { targetGroups, eligibility } = getFragmentData(ServiceDetailAudience_service, props.service);
  const words = getMessages(props.locale).service.audience;
  const groups = serviceLabels(props.locale).targetGroups;
  const minAge = eligibility.minAge ?? null;
  const maxAge = eligibility.maxAge ?? null;
  return (
    <section aria-labelledby="dla-kogo">
      <h2 id="dla-kogo">{words.heading}</h2>
      {targetGroups.length > 0 && (
        <ul className="service-detail__list">
          {targetGroups.map((group) => (
            <li key={group}>{groups[group]}</li>
          ))}
        </ul>
      )}
      {eligibility.text && <p lang={recordLang(props.locale)}>{eligibility.text}</p>}
      <dl className="facts">
        <div>
          <dt>{words.age}</dt>
          <dd>{minAge === null && maxAge === null ? words.anyAge : words.ageRange(minAge, maxAge)}</dd>
        </div>
        <div>
          <dt>{words.certificate}</dt>
          <dd>
            {eligibility.disabilityCertificateRequired
              ? words.certificateRequired
              : words.certificateNotRequired}
          </dd>
        </div>
        <div>
          <dt>{words.income}</dt>
          <dd>{eligibility.incomeCriterion ? words.incomeMatters : words.incomeIrrelevant}</dd>
        </div>
        <div>
          <dt>{words.residence}</dt>
          <dd>{eligibility.residenceRequired ? words.residenceRequired : words.residenceNotRequired}</dd>
        </div>
      </dl>
    </section>
  );
}
