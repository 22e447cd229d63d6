import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import type { IndicatorProgramme } from "@/__generated__/graphql";
import { CheckboxFacet } from "@/components/checkbox-facet";
import { PROGRAMME_LABELS, unitLabel } from "./indicator-format";
import { DATA_PATH, MAX_CHART_COUNTIES, type IndicatorView } from "./indicator-params";

export const IndicatorForm_indicator = graphql(`
  fragment IndicatorForm_indicator on Indicator {
    code
    name
    programme
  }
`);

export const IndicatorForm_county = graphql(`
  fragment IndicatorForm_county on TerritorialUnit {
    code
    name
    kind
  }
`);

function byProgramme<T extends { programme: IndicatorProgramme }>(indicators: T[]) {
  const groups = new Map<IndicatorProgramme, T[]>();
  for (const indicator of indicators)
    groups.set(indicator.programme, [...(groups.get(indicator.programme) ?? []), indicator]);
  return [...groups];
}

/**
 * The choice of indicator, chart and map: a plain GET form, so every view has a shareable URL and
 * nothing changes before "Pokaż dane" (WCAG 3.2.2).
 */
export function IndicatorForm(props: {
  indicators: FragmentType<typeof IndicatorForm_indicator>[];
  counties: FragmentType<typeof IndicatorForm_county>[];
  view: IndicatorView | null;
  years: readonly number[];
}) {
  const indicators = props.indicators.map((item) => getFragmentData(IndicatorForm_indicator, item));
  const counties = props.counties.map((item) => getFragmentData(IndicatorForm_county, item));
  const { view } = props;
  return (
    <form className="indicator-form" method="get" action={DATA_PATH} aria-labelledby="wybor-danych">
      <h2 id="wybor-danych">Wybierz dane</h2>
      <div className="field">
        <label htmlFor="wskaznik">Wskaźnik</label>
        <select id="wskaznik" name="wskaznik" defaultValue={view?.code}>
          {byProgramme(indicators).map(([programme, items]) => (
            <optgroup key={programme} label={PROGRAMME_LABELS[programme]}>
              {items.map((item) => (
                <option key={item.code} value={item.code}>
                  {item.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>

      <CheckboxFacet
        legend="Powiaty na wykresie"
        hint={`Obok województwa podlaskiego wykres pokaże najwyżej ${MAX_CHART_COUNTIES} zaznaczone powiaty.`}
        name="powiat"
        options={counties.map((county) => ({ value: county.code, label: unitLabel(county) }))}
        checked={view?.counties ?? []}
      />

      <fieldset className="facet">
        <legend>Mapa</legend>
        <div className="check">
          <input
            type="radio"
            id="mapa-powiaty"
            name="mapa"
            value="powiaty"
            defaultChecked={view?.level !== "wojewodztwa"}
          />
          <label htmlFor="mapa-powiaty">powiaty województwa podlaskiego</label>
        </div>
        <div className="check">
          <input
            type="radio"
            id="mapa-wojewodztwa"
            name="mapa"
            value="wojewodztwa"
            defaultChecked={view?.level === "wojewodztwa"}
          />
          <label htmlFor="mapa-wojewodztwa">województwa (cała Polska)</label>
        </div>
        {props.years.length > 0 && (
          <div className="field indicator-form__year">
            <label htmlFor="rok">Rok na mapie</label>
            <p className="hint" id="rok-hint">
              Po zmianie wskaźnika pokażemy jego najnowszy rok, jeśli nie ma danych za wybrany.
            </p>
            <select id="rok" name="rok" defaultValue={view?.year ?? undefined} aria-describedby="rok-hint">
              {[...props.years].reverse().map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>

      <div className="registry-filters__actions">
        <button type="submit">Pokaż dane</button>
      </div>
    </form>
  );
}
