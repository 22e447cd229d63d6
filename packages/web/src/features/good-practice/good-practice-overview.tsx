import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { SERVICE_AREA_LABELS, TARGET_GROUP_LABELS } from "@/features/service/service-labels";
import { FUNDING_KIND_LABELS, periodText, placeName } from "./good-practice-format";

export const GoodPracticeOverview_goodPractice = graphql(`
  fragment GoodPracticeOverview_goodPractice on GoodPractice {
    serviceAreas
    targetGroups
    areas {
      code
      name
      kind
    }
    organizations {
      id
      slug
      name
    }
    period {
      fromYear
      fromDate
      toYear
      toDate
    }
    funding {
      kinds
      source
    }
  }
`);

function List(props: { items: string[] }) {
  if (props.items.length === 1) return <>{props.items[0]}</>;
  return (
    <ul className="inline-list">
      {props.items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** "W skrócie": themes, where, who, when and with what money, before the story itself. */
export function GoodPracticeOverview(props: {
  goodPractice: FragmentType<typeof GoodPracticeOverview_goodPractice>;
}) {
  const practice = getFragmentData(GoodPracticeOverview_goodPractice, props.goodPractice);
  const funding = practice.funding.kinds.map((kind) => FUNDING_KIND_LABELS[kind]);
  return (
    <section aria-labelledby="w-skrocie">
      <h2 id="w-skrocie">W skrócie</h2>
      <dl className="facts">
        <div>
          <dt>Obszar usług społecznych</dt>
          <dd>
            <List items={practice.serviceAreas.map((area) => SERVICE_AREA_LABELS[area])} />
          </dd>
        </div>
        {practice.targetGroups.length > 0 && (
          <div>
            <dt>Dla kogo</dt>
            <dd>
              <List items={practice.targetGroups.map((group) => TARGET_GROUP_LABELS[group])} />
            </dd>
          </div>
        )}
        <div>
          <dt>Gdzie</dt>
          <dd>{practice.areas.map(placeName).join(", ") || "nie podano"}</dd>
        </div>
        <div>
          <dt>Kto realizował</dt>
          <dd>
            {practice.organizations.length === 0 ? (
              "nie podano podmiotu z rejestru"
            ) : (
              <ul className="inline-list">
                {practice.organizations.map((organization) => (
                  <li key={organization.id}>
                    <a href={`/podmioty/${encodeURIComponent(organization.slug)}`}>{organization.name}</a>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Okres realizacji</dt>
          <dd>{periodText(practice.period)}</dd>
        </div>
        {funding.length > 0 && (
          <div>
            <dt>Finansowanie</dt>
            <dd>
              <List items={funding} />
            </dd>
          </div>
        )}
        {practice.funding.source && (
          <div>
            <dt>Źródło finansowania</dt>
            <dd>{practice.funding.source}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
