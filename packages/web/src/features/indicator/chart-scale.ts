import type { Point } from "@/lib/web-mercator";

/** Round-number ticks (1, 2 or 5 × 10^k apart) from at or below `min` to at or above `max`. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  let low = min;
  let high = max;
  if (low === high) {
    const half = Math.abs(low) / 2 || 1;
    low = low >= 0 && low - half < 0 ? 0 : low - half;
    high += half;
  }
  const raw = (high - low) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normal = raw / magnitude;
  const step = (normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 5 ? 5 : 10) * magnitude;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const first = Math.floor(low / step + 1e-9);
  const last = Math.ceil(high / step - 1e-9);
  return Array.from({ length: last - first + 1 }, (_, index) =>
    Number(((first + index) * step).toFixed(decimals)),
  );
}

export interface ChartFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** The line chart's drawing surface (SVG user units; the SVG scales to its box). */
export const CHART_SIZE = { width: 720, height: 400 };

/**
 * Room per character of a value label: about 0.6 em of text twice the chart's usual 13 units, so
 * that labels still fit when the reader doubles the text size (the chart's text is sized in rem).
 */
const LABEL_CHAR_WIDTH = 16;

/**
 * The chart's frame, its margins wide enough for its labels at double size: the left one for the
 * longest value label, the bottom one for the years and the axis title under them.
 */
export function chartFrame(tickLabels: readonly string[]): ChartFrame {
  const longest = Math.max(0, ...tickLabels.map((label) => label.length));
  return {
    ...CHART_SIZE,
    margin: { top: 52, right: 24, bottom: 72, left: Math.max(72, 16 + longest * LABEL_CHAR_WIDTH) },
  };
}

export interface ChartScale {
  x: (year: number) => number;
  y: (value: number) => number;
  yTicks: number[];
  plot: { left: number; right: number; top: number; bottom: number };
}

/** Years spread evenly over the plot's width; values over round-number ticks. */
export function chartScale(
  frame: ChartFrame,
  years: readonly number[],
  values: readonly number[],
): ChartScale {
  const plot = {
    left: frame.margin.left,
    right: frame.width - frame.margin.right,
    top: frame.margin.top,
    bottom: frame.height - frame.margin.bottom,
  };
  const yTicks = values.length > 0 ? niceTicks(Math.min(...values), Math.max(...values)) : [0, 1];
  const yLow = yTicks[0]!;
  const yHigh = yTicks.at(-1)!;
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const inset = (plot.right - plot.left) * 0.04;
  return {
    x: (year) =>
      lastYear === firstYear
        ? (plot.left + plot.right) / 2
        : plot.left +
          inset +
          ((year - firstYear) / (lastYear - firstYear)) * (plot.right - plot.left - 2 * inset),
    y: (value) => plot.bottom - ((value - yLow) / (yHigh - yLow)) * (plot.bottom - plot.top),
    yTicks,
    plot,
  };
}

const coordinate = (value: number) => String(Math.round(value * 10) / 10);

/** SVG path data through the points; a null (a year without a value) breaks the line. */
export function linePath(points: readonly (Point | null)[]): string {
  let path = "";
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    path += `${drawing ? "L" : "M"}${coordinate(point.x)} ${coordinate(point.y)}`;
    drawing = true;
  }
  return path;
}

export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "cross";

/** A marker of about `size` pixels across, centred on the point, as SVG path data. */
export function markerPath(shape: MarkerShape, { x, y }: Point, size = 9): string {
  const r = size / 2;
  const p = (dx: number, dy: number) => `${coordinate(x + dx)} ${coordinate(y + dy)}`;
  switch (shape) {
    case "circle":
      return `M${p(-r, 0)}A${r} ${r} 0 1 0 ${p(r, 0)}A${r} ${r} 0 1 0 ${p(-r, 0)}Z`;
    case "square":
      return `M${p(-r, -r)}L${p(r, -r)}L${p(r, r)}L${p(-r, r)}Z`;
    case "triangle":
      return `M${p(0, -r * 1.2)}L${p(r * 1.1, r * 0.8)}L${p(-r * 1.1, r * 0.8)}Z`;
    case "diamond":
      return `M${p(0, -r * 1.3)}L${p(r * 1.3, 0)}L${p(0, r * 1.3)}L${p(-r * 1.3, 0)}Z`;
    case "cross":
      return `M${p(-r, -r)}L${p(r, r)}M${p(r, -r)}L${p(-r, r)}`;
  }
}
