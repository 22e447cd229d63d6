import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { serviceLabels } from "@/features/service/service-labels";
import { localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { fundingKindLabels, periodText, placeName } from "./good-practice-format";

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
  locale: Locale;
}) {
  const { locale } = props;
  const practice = getFragmentData(GoodPracticeOverview_goodPractice, props.goodPractice);
  const words = getMessages(locale).knowledge.goodPractice;
  const labels = serviceLabels(locale);
  const fundingLabels = fundingKindLabels(locale);
  const funding = practice.funding.kinds.map((kind) => fundingLabels[kind]);
  return (
    <section aria-labelledby="w-skrocie">
      <h2 id="w-skrocie">{words.overview}</h2>
      <dl className="facts">
        <div>
          <dt>{words.areas}</dt>
          <dd>
            <List items={practice.serviceAreas.map((area) => labels.serviceAreas[area])} />
          </dd>
        </div>
        {practice.targetGroups.length > 0 && (
          <div>
            <dt>{words.audience}</dt>
            <dd>
              <List items={practice.targetGroups.map((group) => labels.targetGroups[group])} />
            </dd>
          </div>
        )}
        <div>
          <dt>{words.where}</dt>
          <dd>{practice.areas.map((area) => placeName(area, locale)).join(", ") || words.notGiven}</dd>
        </div>
        <div>
          <dt>{words.who}</dt>
          <dd>
            {practice.organizations.length === 0 ? (
              words.noOrganization
            ) : (
              <ul className="inline-list">
                {practice.organizations.map((organization) => (
                  <li key={organization.id} lang={recordLang(locale)}>
                    <a href={localeHref(locale, `/podmioty/${encodeURIComponent(organization.slug)}`)}>
                      {organization.name}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{words.period}</dt>
          <dd>{periodText(practice.period, locale)}</dd>
        </div>
        {funding.length > 0 && (
          <div>
            <dt>{words.funding}</dt>
            <dd>
              <List items={funding} />
            </dd>
          </div>
        )}
        {practice.funding.source && (
          <div>
            <dt>{words.fundingSource}</dt>
            <dd lang={recordLang(locale)}>{practice.funding.source}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
