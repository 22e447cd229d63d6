import { describe, expect, it } from "vitest";
import { CHART_SIZE, chartFrame, chartScale, linePath, markerPath, niceTicks } from "./chart-scale";

describe("niceTicks", () => {
  it("covers the range with round steps", () => {
    expect(niceTicks(4.6, 8.3)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(niceTicks(0, 14)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(22.4, 41.7)).toEqual([20, 25, 30, 35, 40, 45]);
    expect(niceTicks(0.12, 0.31)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
  });

  it("opens a range around a single value, never below zero for a positive one", () => {
    expect(niceTicks(3, 3)).toEqual([1, 2, 3, 4, 5]);
    expect(niceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe("chartFrame", () => {
  it("keeps the usual left margin for short value labels", () => {
    expect(chartFrame(["0", "5", "10", "15"])).toEqual({
      ...CHART_SIZE,
      margin: { top: 52, right: 24, bottom: 72, left: 72 },
    });
    expect(chartFrame([]).margin.left).toBe(72);
  });

  it("widens the left margin for long labels, so that they fit at double text size", () => {
    expect(chartFrame(["0", "12 500,0"]).margin.left).toBe(16 + 8 * 16);
    expect(chartFrame(["1,000", "1,500"]).margin.left).toBeGreaterThan(chartFrame(["10", "15"]).margin.left);
  });
});

describe("chartScale", () => {
  const frame = { width: 700, height: 400, margin: { top: 20, right: 20, bottom: 40, left: 60 } };

  it("maps the first and last year inside the plot, and the ticks onto its height", () => {
    const scale = chartScale(frame, [2019, 2020, 2025], [5, 9.5]);
    expect(scale.yTicks).toEqual([5, 6, 7, 8, 9, 10]);
    expect(scale.y(5)).toBe(360);
    expect(scale.y(10)).toBe(20);
    expect(scale.x(2019)).toBeGreaterThan(60);
    expect(scale.x(2025)).toBeLessThan(680);
    expect(scale.x(2022)).toBeCloseTo((scale.x(2019) + scale.x(2025)) / 2, 6);
  });

  it("centres a single year", () => {
    expect(chartScale(frame, [2024], [1]).x(2024)).toBe(370);
  });
});

describe("linePath", () => {
  it("joins the points and breaks at a missing value", () => {
    expect(linePath([{ x: 1, y: 2 }, { x: 3.04, y: 4 }, null, { x: 5, y: 6 }, { x: 7, y: 8 }])).toBe(
      "M1 2L3 4M5 6L7 8",
    );
    expect(linePath([])).toBe("");
  });
});

describe("markerPath", () => {
  it("draws a closed shape around the point, a cross as two strokes", () => {
    expect(markerPath("square", { x: 10, y: 10 }, 4)).toBe("M8 8L12 8L12 12L8 12Z");
    expect(markerPath("cross", { x: 0, y: 0 }, 2)).toBe("M-1 -1L1 1M1 -1L-1 1");
    for (const shape of ["circle", "triangle", "diamond"] as const) {
      expect(markerPath(shape, { x: 0, y: 0 })).toMatch(/^M.*Z$/);
    }
  });
});
