import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { serviceLabels } from "@/features/service/service-labels";
import { recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";

export const IndicatorFacts_indicator = graphql(`
  fragment IndicatorFacts_indicator on Indicator {
    code
    name
    definition
    unit
    source
    direction
    programme
    area
    isDemo
  }
`);

/**
 * What the indicator measures, in what unit, from which source, and which way is better. Its name,
 * definition, unit and source are Polish records; the rest is in the page's language.
 */
export function IndicatorFacts(props: {
  indicator: FragmentType<typeof IndicatorFacts_indicator>;
  locale: Locale;
}) {
  const indicator = getFragmentData(IndicatorFacts_indicator, props.indicator);
  const words = getMessages(props.locale).data.facts;
  const lang = recordLang(props.locale);
  return (
    <section className="indicator-facts" aria-labelledby="o-wskazniku">
      <h2 id="o-wskazniku" lang={lang}>
        {indicator.name}
      </h2>
      {indicator.isDemo && (
        <div className="notice notice--demo">
          <p>
            <strong>{words.demo}</strong> {words.demoNotice}
          </p>
        </div>
      )}
      <dl className="facts">
        <div>
          <dt>{words.definition}</dt>
          <dd lang={lang}>{indicator.definition}</dd>
        </div>
        <div>
          <dt>{words.unit}</dt>
          <dd lang={lang}>{indicator.unit}</dd>
        </div>
        <div>
          <dt>{words.direction}</dt>
          <dd>{words.directions[indicator.direction]}</dd>
        </div>
        <div>
          <dt>{words.source}</dt>
          <dd lang={lang}>{indicator.source}</dd>
        </div>
        <div>
          <dt>{words.programme}</dt>
          <dd>{words.programmes[indicator.programme]}</dd>
        </div>
        {indicator.area && (
          <div>
            <dt>{words.area}</dt>
            <dd>{serviceLabels(props.locale).serviceAreas[indicator.area]}</dd>
          </div>
        )}
        <div>
          <dt>{words.code}</dt>
          <dd>
            <code>{indicator.code}</code>
          </dd>
        </div>
      </dl>
    </section>
  );
}
