import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { chartFrame, chartScale, linePath, markerPath } from "./chart-scale";
import { chartUnits, describeSeries, seriesGoals } from "./indicator-chart-data";
import { IndicatorChartLegend } from "./indicator-chart-legend";
import { SERIES_STYLES } from "./indicator-chart-styles";
import { formatValue, unitLabel } from "./indicator-format";
import { valueDecimals } from "./value-classes";

export const IndicatorChart_series = graphql(`
  fragment IndicatorChart_series on IndicatorSeries {
    years
    units {
      territorialUnit {
        code
        name
        kind
      }
      values {
        year
        value
        baseline
        target
      }
    }
  }
`);

/**
 * The indicator over the years as a server-drawn line chart: one line per unit (the województwo and
 * the powiaty chosen), told apart by dash pattern and marker shape, with the programme's baseline
 * and target as labelled reference lines. The table above is the full, accessible view; the chart
 * has a short text alternative. The words are the page's language, the indicator's and the units'
 * names Polish records.
 */
export function IndicatorChart(props: {
  series: FragmentType<typeof IndicatorChart_series>;
  codes: string[];
  indicator: { name: string; unit: string };
  locale: Locale;
}) {
  const { locale } = props;
  const words = getMessages(locale).data.chart;
  const lang = recordLang(locale);
  const series = getFragmentData(IndicatorChart_series, props.series);
  const { unit, name } = props.indicator;
  const units = chartUnits(series.units, props.codes).map((item) => ({
    ...item,
    label: unitLabel(item.territorialUnit),
  }));
  const values = units.flatMap((item) => item.values.map((value) => value.value));
  if (series.years.length === 0 || values.length === 0) {
    return <p className="empty-state">{words.empty}</p>;
  }
  const decimals = valueDecimals(values);
  const goals = units.flatMap((item) => {
    const { baseline, target } = seriesGoals(item.values);
    return [
      ...(baseline !== null ? [{ kind: "baseline" as const, value: baseline, label: item.label }] : []),
      ...(target !== null ? [{ kind: "target" as const, value: target, label: item.label }] : []),
    ];
  });
  const drawn = [...values, ...goals.map((goal) => goal.value)];
  // The ticks depend on the values alone; their labels decide the left margin.
  const ticks = chartScale(chartFrame([]), series.years, drawn).yTicks;
  const tickDecimals = valueDecimals(ticks);
  const tickLabels = new Map(ticks.map((tick) => [tick, formatValue(tick, tickDecimals, locale)]));
  const frame = chartFrame([...tickLabels.values()]);
  const scale = chartScale(frame, series.years, drawn);
  const { plot } = scale;
  const goalText = (goal: (typeof goals)[number], named: boolean) =>
    `${words[goal.kind]}${named ? ` (${goal.label})` : ""}: ${formatValue(goal.value, decimals, locale)}`;
  // On the chart a goal names its unit only when several units have goals.
  const namedOnChart = new Set(goals.map((goal) => goal.label)).size > 1;
  const firstYear = series.years[0]!;
  const lastYear = series.years.at(-1)!;

  return (
    <figure className="indicator-chart">
      <figcaption>
        <span lang={lang}>
          {name} ({unit})
        </span>
        , {words.period(firstYear, lastYear)}. {words.exact}
      </figcaption>
      <svg
        className="indicator-chart__svg"
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        role="img"
        aria-labelledby="wykres-tytul wykres-opis"
      >
        <title id="wykres-tytul">{words.title(name)}</title>
        <desc id="wykres-opis">
          {[
            ...units.map((item) =>
              describeSeries(item.label, item.values, decimals, unit, locale, words.noData),
            ),
            ...goals.map((goal) => goalText(goal, true)),
          ].join("; ")}
        </desc>
        <text className="indicator-chart__axis-title" x={plot.left} y={plot.top - 16} lang={lang}>
          {unit}
        </text>
        {scale.yTicks.map((tick) => (
          <g key={tick}>
            <line
              className="indicator-chart__grid"
              x1={plot.left}
              x2={plot.right}
              y1={scale.y(tick)}
              y2={scale.y(tick)}
            />
            <text
              className="indicator-chart__tick"
              x={plot.left - 8}
              y={scale.y(tick)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {tickLabels.get(tick)}
            </text>
          </g>
        ))}
        <line
          className="indicator-chart__axis"
          x1={plot.left}
          x2={plot.right}
          y1={plot.bottom}
          y2={plot.bottom}
        />
        {series.years.map((year) => (
          <text
            key={year}
            className="indicator-chart__tick"
            x={scale.x(year)}
            y={plot.bottom + 6}
            dy="1em"
            textAnchor="middle"
          >
            {year}
          </text>
        ))}
        <text
          className="indicator-chart__axis-title"
          x={(plot.left + plot.right) / 2}
          y={frame.height - 10}
          textAnchor="middle"
        >
          {words.year}
        </text>
        {goals.map((goal) => (
          <line
            key={`${goal.kind}-${goal.label}`}
            className={`indicator-chart__goal indicator-chart__goal--${goal.kind}`}
            x1={plot.left}
            x2={plot.right}
            y1={scale.y(goal.value)}
            y2={scale.y(goal.value)}
          />
        ))}
        {units.map((item, index) => {
          const style = SERIES_STYLES[index % SERIES_STYLES.length]!;
          const byYear = new Map(item.values.map((value) => [value.year, value.value]));
          const points = series.years.map((year) => {
            const value = byYear.get(year);
            return value === undefined ? null : { x: scale.x(year), y: scale.y(value) };
          });
          return (
            <g
              key={item.territorialUnit.code}
              className={`indicator-chart__series indicator-series-${index}`}
            >
              <path
                className="indicator-chart__line"
                data-unit={item.territorialUnit.code}
                d={linePath(points)}
                strokeDasharray={style.dash}
              />
              {points.map((point, pointIndex) =>
                point ? (
                  <path
                    key={series.years[pointIndex]}
                    className="indicator-chart__marker"
                    d={markerPath(style.shape, point)}
                  />
                ) : null,
              )}
            </g>
          );
        })}
        {/* Written over the lines, on a white halo, so that no marker hides them. */}
        {goals.map((goal) => (
          <text
            key={`${goal.kind}-${goal.label}`}
            className="indicator-chart__goal-label"
            x={plot.right - 4}
            y={scale.y(goal.value) - 6}
            textAnchor="end"
          >
            {goalText(goal, namedOnChart)}
          </text>
        ))}
      </svg>
      <IndicatorChartLegend
        labels={units.map((item) => item.label)}
        goals={goals.map((goal) => goal.kind)}
        locale={locale}
      />
      {goals.length > 0 && (
        <p className="indicator-chart__goals">
          {words.goals} {goals.map((goal) => goalText(goal, true)).join("; ")}.
        </p>
      )}
    </figure>
  );
}
