import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { tilesFor } from "@/lib/web-mercator";
import { svgRound } from "./svg-round";
import { TileLayer } from "./tile-layer";

const view = { zoom: 8, left: 36_600.4, top: 21_100.27, width: 600, height: 500 };
const tiles = { urlTemplate: "https://tiles.example/{z}/{x}/{y}.png", attribution: "© autorzy" };

describe("TileLayer", () => {
  it("draws the tiles under the view as images hidden from assistive technology", () => {
    const html = renderToStaticMarkup(createElement("svg", null, createElement(TileLayer, { view, tiles })));
    const expected = tilesFor(view);
    expect(expected.length).toBeGreaterThan(1);
    expect(html).toMatch(/^<svg><g aria-hidden="true"><image /);
    expect(html.match(/<image /g)).toHaveLength(expected.length);
    const first = expected[0]!;
    expect(html).toContain(`href="https://tiles.example/${first.z}/${first.x}/${first.y}.png"`);
    expect(html).not.toContain("<title");
  });

  it("rounds coordinates to tenths", () => {
    expect(svgRound(12.345)).toBe(12.3);
    expect(svgRound(-0.06)).toBe(-0.1);
  });
});
