import { recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { markerPath } from "./chart-scale";
import { SERIES_STYLES } from "./indicator-chart-styles";

/**
 * What each line is: a sample of its dash pattern and marker beside the unit's (Polish) name in
 * words; the reference lines are named in the page's language.
 */
export function IndicatorChartLegend(props: {
  labels: string[];
  goals: ("baseline" | "target")[];
  locale: Locale;
}) {
  const words = getMessages(props.locale).data.chart;
  const lang = recordLang(props.locale);
  return (
    <div className="indicator-chart__legend">
      <p id="legenda-wykresu">{words.legend}</p>
      <ul aria-labelledby="legenda-wykresu">
        {props.labels.map((label, index) => {
          const style = SERIES_STYLES[index]!;
          return (
            <li key={label} className={`indicator-series-${index}`} lang={lang}>
              <svg viewBox="0 0 48 20" width="48" height="20" aria-hidden="true" focusable="false">
                <path className="indicator-chart__line" d="M2 10L46 10" strokeDasharray={style.dash} />
                <path className="indicator-chart__marker" d={markerPath(style.shape, { x: 24, y: 10 })} />
              </svg>
              {label}
            </li>
          );
        })}
        {[...new Set(props.goals)].map((kind) => (
          <li key={kind}>
            <svg viewBox="0 0 48 20" width="48" height="20" aria-hidden="true" focusable="false">
              <path className={`indicator-chart__goal indicator-chart__goal--${kind}`} d="M2 10L46 10" />
            </svg>
            {words[kind]}
          </li>
        ))}
      </ul>
    </div>
  );
}
