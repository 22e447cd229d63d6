import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { ageRangeText } from "./service-detail-format";
import { TARGET_GROUP_LABELS } from "./service-labels";

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
}) {
  const { targetGroups, eligibility } = getFragmentData(ServiceDetailAudience_service, props.service);
  const ageRange = ageRangeText(eligibility.minAge, eligibility.maxAge);
  return (
    <section aria-labelledby="dla-kogo">
      <h2 id="dla-kogo">Dla kogo</h2>
      {targetGroups.length > 0 && (
        <ul className="service-detail__list">
          {targetGroups.map((group) => (
            <li key={group}>{TARGET_GROUP_LABELS[group]}</li>
          ))}
        </ul>
      )}
      {eligibility.text && <p>{eligibility.text}</p>}
      <dl className="facts">
        <div>
          <dt>Wiek</dt>
          <dd>{ageRange ?? "bez ograniczeń wieku"}</dd>
        </div>
        <div>
          <dt>Orzeczenie</dt>
          <dd>
            {eligibility.disabilityCertificateRequired
              ? "wymagane orzeczenie o niepełnosprawności (lub równoważne)"
              : "orzeczenie o niepełnosprawności nie jest wymagane"}
          </dd>
        </div>
        <div>
          <dt>Kryterium dochodowe</dt>
          <dd>
            {eligibility.incomeCriterion
              ? "tak — o przyznaniu lub odpłatności decyduje dochód"
              : "nie — dochód nie ma znaczenia"}
          </dd>
        </div>
        <div>
          <dt>Miejsce zamieszkania</dt>
          <dd>
            {eligibility.residenceRequired
              ? "tylko dla mieszkańców obszaru, na którym działa usługa"
              : "nie trzeba mieszkać na obszarze usługi"}
          </dd>
        </div>
      </dl>
    </section>
  );
}
