import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { SERVICE_AREA_LABELS, TARGET_GROUP_LABELS } from "@/features/service/service-labels";
import { periodText, placeName } from "./good-practice-format";

export const GoodPracticeCard_goodPractice = graphql(`
  fragment GoodPracticeCard_goodPractice on GoodPractice {
    slug
    title
    summary
    isDemo
    serviceAreas
    targetGroups
    areas {
      code
      name
      kind
    }
    period {
      fromYear
      fromDate
      toYear
      toDate
    }
  }
`);

/** One search result: the title links to the practice's page (its heading, for screen readers). */
export function GoodPracticeCard(props: {
  goodPractice: FragmentType<typeof GoodPracticeCard_goodPractice>;
}) {
  const practice = getFragmentData(GoodPracticeCard_goodPractice, props.goodPractice);
  const headingId = `praktyka-${practice.slug}`;
  const themes = [
    ...practice.serviceAreas.map((area) => SERVICE_AREA_LABELS[area]),
    ...practice.targetGroups.map((group) => TARGET_GROUP_LABELS[group]),
  ];
  return (
    <article className="good-practice-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <a href={`/dobre-praktyki/${encodeURIComponent(practice.slug)}`}>{practice.title}</a>
      </h3>
      <p className="good-practice-card__summary">{practice.summary}</p>
      <dl className="good-practice-card__facts">
        <div>
          <dt>Gdzie</dt>
          <dd>{practice.areas.map(placeName).join(", ") || "nie podano"}</dd>
        </div>
        <div>
          <dt>Kiedy</dt>
          <dd>{periodText(practice.period)}</dd>
        </div>
        {themes.length > 0 && (
          <div>
            <dt>Tematy</dt>
            <dd>
              <ul className="good-practice-themes">
                {themes.map((theme) => (
                  <li key={theme}>{theme}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <Badges>{practice.isDemo && <Badge variant="demo" />}</Badges>
    </article>
  );
}
