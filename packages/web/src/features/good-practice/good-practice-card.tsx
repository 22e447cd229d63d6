import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { Card } from "@/components/card";
import { serviceLabels } from "@/features/service/service-labels";
import { localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
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
  locale: Locale;
}) {
  const { locale } = props;
  const practice = getFragmentData(GoodPracticeCard_goodPractice, props.goodPractice);
  const words = getMessages(locale).knowledge.goodPractice;
  const labels = serviceLabels(locale);
  const lang = recordLang(locale);
  const headingId = `praktyka-${practice.slug}`;
  const themes = [
    ...practice.serviceAreas.map((area) => labels.serviceAreas[area]),
    ...practice.targetGroups.map((group) => labels.targetGroups[group]),
  ];
  return (
    <Card
      className="good-practice-card"
      headingId={headingId}
      href={localeHref(locale, `/dobre-praktyki/${encodeURIComponent(practice.slug)}`)}
      title={practice.title}
      titleLang={lang}
      badges={<Badges>{practice.isDemo && <Badge variant="demo">{words.demo}</Badge>}</Badges>}
    >
      <p className="good-practice-card__summary" lang={lang}>
        {practice.summary}
      </p>
      <dl className="good-practice-card__facts">
        <div>
          <dt>{words.where}</dt>
          <dd>{practice.areas.map((area) => placeName(area, locale)).join(", ") || words.notGiven}</dd>
        </div>
        <div>
          <dt>{words.when}</dt>
          <dd>{periodText(practice.period, locale)}</dd>
        </div>
        {themes.length > 0 && (
          <div>
            <dt>{words.themes}</dt>
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
    </Card>
  );
}
