import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { chartScale, linePath, markerPath, type ChartFrame } from "./chart-scale";
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

const FRAME: ChartFrame = { width: 720, height: 380, margin: { top: 44, right: 24, bottom: 56, left: 72 } };

/**
 * The indicator over the years as a server-drawn line chart: one line per unit (the województwo and
 * the powiaty chosen), told apart by dash pattern and marker shape, with the programme's baseline
 * and target as labelled reference lines. The table above is the full, accessible view; the chart
 * has a short text alternative.
 */
export function IndicatorChart(props: {
  series: FragmentType<typeof IndicatorChart_series>;
  codes: string[];
  indicator: { name: string; unit: string };
}) {
  const series = getFragmentData(IndicatorChart_series, props.series);
  const { unit, name } = props.indicator;
  const units = chartUnits(series.units, props.codes).map((item) => ({
    ...item,
    label: unitLabel(item.territorialUnit),
  }));
  const values = units.flatMap((item) => item.values.map((value) => value.value));
  if (series.years.length === 0 || values.length === 0) {
    return <p className="empty-state">Wskaźnik nie ma jeszcze wartości dla wybranych jednostek.</p>;
  }
  const decimals = valueDecimals(values);
  const goals = units.flatMap((item) => {
    const { baseline, target } = seriesGoals(item.values);
    return [
      ...(baseline !== null ? [{ kind: "baseline" as const, value: baseline, label: item.label }] : []),
      ...(target !== null ? [{ kind: "target" as const, value: target, label: item.label }] : []),
    ];
  });
  const scale = chartScale(FRAME, series.years, [...values, ...goals.map((goal) => goal.value)]);
  const tickDecimals = valueDecimals(scale.yTicks);
  const { plot } = scale;
  const goalText = (goal: (typeof goals)[number], named: boolean) =>
    `${goal.kind === "target" ? "wartość docelowa" : "wartość bazowa"}${named ? ` (${goal.label})` : ""}: ${formatValue(goal.value, decimals)}`;
  // On the chart a goal names its unit only when several units have goals.
  const namedOnChart = new Set(goals.map((goal) => goal.label)).size > 1;
  const firstYear = series.years[0]!;
  const lastYear = series.years.at(-1)!;

  return (
    <figure className="indicator-chart">
      <figcaption>
        {name} ({unit}), lata {firstYear === lastYear ? firstYear : `${firstYear}–${lastYear}`}. Dokładne
        wartości są w tabeli powyżej i w pliku CSV.
      </figcaption>
      <svg
        className="indicator-chart__svg"
        viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
        role="img"
        aria-labelledby="wykres-tytul wykres-opis"
      >
        <title id="wykres-tytul">{`Wykres liniowy: ${name}`}</title>
        <desc id="wykres-opis">
          {[
            ...units.map((item) => describeSeries(item.label, item.values, decimals, unit)),
            ...goals.map((goal) => goalText(goal, true)),
          ].join("; ")}
        </desc>
        <text className="indicator-chart__axis-title" x={plot.left} y={plot.top - 24}>
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
              {formatValue(tick, tickDecimals)}
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
            y={plot.bottom + 20}
            textAnchor="middle"
          >
            {year}
          </text>
        ))}
        <text
          className="indicator-chart__axis-title"
          x={(plot.left + plot.right) / 2}
          y={FRAME.height - 8}
          textAnchor="middle"
        >
          Rok
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
      <IndicatorChartLegend labels={units.map((item) => item.label)} goals={goals.map((goal) => goal.kind)} />
      {goals.length > 0 && (
        <p className="indicator-chart__goals">
          Linie odniesienia wyznaczone w programie: {goals.map((goal) => goalText(goal, true)).join("; ")}.
        </p>
      )}
    </figure>
  );
}
