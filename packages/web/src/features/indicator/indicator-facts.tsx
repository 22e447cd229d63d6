import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { SERVICE_AREA_LABELS } from "@/features/service/service-labels";
import { DIRECTION_LABELS, PROGRAMME_LABELS } from "./indicator-format";

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

/** What the indicator measures, in what unit, from which source, and which way is better. */
export function IndicatorFacts(props: { indicator: FragmentType<typeof IndicatorFacts_indicator> }) {
  const indicator = getFragmentData(IndicatorFacts_indicator, props.indicator);
  return (
    <section className="indicator-facts" aria-labelledby="o-wskazniku">
      <h2 id="o-wskazniku">{indicator.name}</h2>
      {indicator.isDemo && (
        <div className="notice notice--demo">
          <p>
            <strong>Dane demonstracyjne.</strong> Wartości tego wskaźnika wygenerowano do prezentacji serwisu
            — nie opisują rzeczywistej sytuacji.
          </p>
        </div>
      )}
      <dl className="facts">
        <div>
          <dt>Definicja</dt>
          <dd>{indicator.definition}</dd>
        </div>
        <div>
          <dt>Jednostka miary</dt>
          <dd>{indicator.unit}</dd>
        </div>
        <div>
          <dt>Kierunek</dt>
          <dd>{DIRECTION_LABELS[indicator.direction]}</dd>
        </div>
        <div>
          <dt>Źródło danych</dt>
          <dd>{indicator.source}</dd>
        </div>
        <div>
          <dt>Program</dt>
          <dd>{PROGRAMME_LABELS[indicator.programme]}</dd>
        </div>
        {indicator.area && (
          <div>
            <dt>Obszar usług społecznych</dt>
            <dd>{SERVICE_AREA_LABELS[indicator.area]}</dd>
          </div>
        )}
        <div>
          <dt>Kod</dt>
          <dd>
            <code>{indicator.code}</code>
          </dd>
        </div>
      </dl>
    </section>
  );
}
