import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import type { IndicatorProgramme } from "@/__generated__/graphql";
import { CheckboxFacet } from "@/components/checkbox-facet";
import { localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { unitLabel } from "./indicator-format";
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
 * nothing changes before "Pokaż dane" (WCAG 3.2.2). It submits to /dane in the page's language.
 */
export function IndicatorForm(props: {
  indicators: FragmentType<typeof IndicatorForm_indicator>[];
  counties: FragmentType<typeof IndicatorForm_county>[];
  view: IndicatorView | null;
  years: readonly number[];
  locale: Locale;
}) {
  const { locale } = props;
  const messages = getMessages(locale).data;
  const words = messages.form;
  const lang = recordLang(locale);
  const indicators = props.indicators.map((item) => getFragmentData(IndicatorForm_indicator, item));
  const counties = props.counties.map((item) => getFragmentData(IndicatorForm_county, item));
  const { view } = props;
  return (
    <form
      className="indicator-form"
      method="get"
      action={localeHref(locale, DATA_PATH)}
      aria-labelledby="wybor-danych"
    >
      <h2 id="wybor-danych">{words.heading}</h2>
      <div className="field">
        <label htmlFor="wskaznik">{words.indicator}</label>
        <select id="wskaznik" name="wskaznik" defaultValue={view?.code}>
          {byProgramme(indicators).map(([programme, items]) => (
            <optgroup key={programme} label={messages.facts.programmes[programme]}>
              {items.map((item) => (
                <option key={item.code} value={item.code} lang={lang}>
                  {item.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>

      <CheckboxFacet
        legend={words.counties}
        hint={words.countiesHint(MAX_CHART_COUNTIES)}
        name="powiat"
        options={counties.map((county) => ({ value: county.code, label: unitLabel(county), lang }))}
        checked={view?.counties ?? []}
      />

      <fieldset className="facet">
        <legend>{words.map}</legend>
        <div className="check">
          <input
            type="radio"
            id="mapa-powiaty"
            name="mapa"
            value="powiaty"
            defaultChecked={view?.level !== "wojewodztwa"}
          />
          <label htmlFor="mapa-powiaty">{words.mapCounties}</label>
        </div>
        <div className="check">
          <input
            type="radio"
            id="mapa-wojewodztwa"
            name="mapa"
            value="wojewodztwa"
            defaultChecked={view?.level === "wojewodztwa"}
          />
          <label htmlFor="mapa-wojewodztwa">{words.mapRegions}</label>
        </div>
        {props.years.length > 0 && (
          <div className="field indicator-form__year">
            <label htmlFor="rok">{words.year}</label>
            <p className="hint" id="rok-hint">
              {words.yearHint}
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
        <button type="submit">{words.submit}</button>
      </div>
    </form>
  );
}
