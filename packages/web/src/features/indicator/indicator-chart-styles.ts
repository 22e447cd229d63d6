import type { MarkerShape } from "./chart-scale";

/**
 * How the chart's lines differ without colour: each has its own marker shape and dash pattern
 * (its colour, in indicator.css, only repeats the difference). The first is the województwo.
 */
export const SERIES_STYLES: readonly { shape: MarkerShape; dash?: string }[] = [
  { shape: "circle" },
  { shape: "square", dash: "10 5" },
  { shape: "triangle", dash: "3 4" },
  { shape: "diamond", dash: "12 4 3 4" },
  { shape: "cross", dash: "18 6" },
];
