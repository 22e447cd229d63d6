import { markerPath } from "./chart-scale";
import { SERIES_STYLES } from "./indicator-chart-styles";

const GOAL_NAMES = { baseline: "wartość bazowa", target: "wartość docelowa" } as const;

/** What each line is: a sample of its dash pattern and marker beside the unit's name in words. */
export function IndicatorChartLegend(props: { labels: string[]; goals: (keyof typeof GOAL_NAMES)[] }) {
  return (
    <div className="indicator-chart__legend">
      <p id="legenda-wykresu">Legenda wykresu</p>
      <ul aria-labelledby="legenda-wykresu">
        {props.labels.map((label, index) => {
          const style = SERIES_STYLES[index]!;
          return (
            <li key={label} className={`indicator-series-${index}`}>
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
            {GOAL_NAMES[kind]}
          </li>
        ))}
      </ul>
    </div>
  );
}
