import { describe, expect, it } from "vitest";
import { toView } from "@/lib/web-mercator";
import {
  MAP_SIZE,
  MARKER_RADIUS,
  mapViewFor,
  parseBoundary,
  placeMarkers,
  ringsPath,
  type MapMarker,
} from "./service-map-layout";

function marker(number: number, longitude: number, latitude: number): MapMarker {
  return {
    key: `m${number}`,
    number,
    href: `/uslugi/u${number}`,
    label: `${number}. Usługa`,
    stale: false,
    longitude,
    latitude,
  };
}

const SQUARE = JSON.stringify({
  type: "Polygon",
  coordinates: [
    [
      [22, 52.5],
      [23.5, 52.5],
      [23.5, 54],
      [22, 54],
      [22, 52.5],
    ],
  ],
});

describe("parseBoundary", () => {
  it("reads the rings of a Polygon and of a MultiPolygon", () => {
    expect(parseBoundary(SQUARE)).toHaveLength(1);
    expect(parseBoundary(SQUARE)[0]![1]).toEqual({ longitude: 23.5, latitude: 52.5 });
    const multi = JSON.stringify({
      type: "MultiPolygon",
      coordinates: [JSON.parse(SQUARE).coordinates, JSON.parse(SQUARE).coordinates],
    });
    expect(parseBoundary(multi)).toHaveLength(2);
  });

  it("draws nothing rather than nonsense", () => {
    expect(parseBoundary(null)).toEqual([]);
    expect(parseBoundary("{not json")).toEqual([]);
    expect(parseBoundary(JSON.stringify({ type: "Point", coordinates: [22, 53] }))).toEqual([]);
    expect(
      parseBoundary(
        JSON.stringify({
          type: "Polygon",
          coordinates: [
            [
              [22, 53],
              ["x", 1],
            ],
          ],
        }),
      ),
    ).toEqual([]);
    expect(parseBoundary(JSON.stringify({ type: "Polygon", coordinates: [[[500, 53]]] }))).toEqual([]);
  });
});

describe("mapViewFor", () => {
  it("is null with nothing to show", () => {
    expect(mapViewFor([], [])).toBeNull();
  });

  it("fits the outline and the markers into the drawing", () => {
    const view = mapViewFor([marker(1, 24.5, 53)], parseBoundary(SQUARE))!;
    const east = toView(view, { longitude: 24.5, latitude: 53 });
    const west = toView(view, { longitude: 22, latitude: 53 });
    expect(west.x).toBeCloseTo(MAP_SIZE.padding, 6);
    expect(east.x).toBeCloseTo(MAP_SIZE.width - MAP_SIZE.padding, 6);
  });
});

describe("placeMarkers", () => {
  const view = mapViewFor([], parseBoundary(SQUARE))!;

  it("draws a lone marker at its place", () => {
    const [placed] = placeMarkers(view, [marker(1, 22.88, 52.99)]);
    expect(placed!.x).toBeCloseTo(placed!.anchor.x, 6);
    expect(placed!.y).toBeCloseTo(placed!.anchor.y, 6);
  });

  it("spreads markers of one address so that none hides another", () => {
    const markers = Array.from({ length: 9 }, (_, index) => marker(index + 1, 22.88, 52.99));
    const placed = placeMarkers(view, markers);
    expect(placed.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const [index, item] of placed.entries()) {
      for (const other of placed.slice(index + 1)) {
        expect(Math.hypot(item.x - other.x, item.y - other.y)).toBeGreaterThanOrEqual(2 * MARKER_RADIUS);
      }
      expect(item.anchor).toEqual(placed[0]!.anchor);
    }
  });

  it("spreads markers that would partly overlap, not only those of one address", () => {
    const degreesPerPixel = 360 / (256 * 2 ** view.zoom);
    const near = [marker(1, 22.88, 52.99), marker(2, 22.88 + 1.5 * MARKER_RADIUS * degreesPerPixel, 52.99)];
    const [first, second] = placeMarkers(view, near);
    expect(second!.anchor.x - first!.anchor.x).toBeCloseTo(1.5 * MARKER_RADIUS, 3);
    expect(Math.hypot(first!.x - second!.x, first!.y - second!.y)).toBeGreaterThanOrEqual(2 * MARKER_RADIUS);
  });

  it("keeps a spread group inside the drawing", () => {
    const corner = Array.from({ length: 20 }, (_, index) => marker(index + 1, 22, 54));
    for (const item of placeMarkers(view, corner)) {
      expect(item.x).toBeGreaterThanOrEqual(MARKER_RADIUS);
      expect(item.y).toBeGreaterThanOrEqual(MARKER_RADIUS);
      expect(item.x).toBeLessThanOrEqual(MAP_SIZE.width - MARKER_RADIUS);
      expect(item.y).toBeLessThanOrEqual(MAP_SIZE.height - MARKER_RADIUS);
    }
  });
});

describe("ringsPath", () => {
  it("is SVG path data of the projected rings", () => {
    const view = mapViewFor([], parseBoundary(SQUARE))!;
    const path = ringsPath(view, parseBoundary(SQUARE));
    expect(path).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){3,4}Z$/);
    const [x, y] = path.slice(1).split("L")[0]!.split(" ").map(Number);
    const corner = toView(view, { longitude: 22, latitude: 52.5 });
    expect(x).toBeCloseTo(corner.x, 0);
    expect(y).toBeCloseTo(corner.y, 0);
  });

  it("drops points closer than a pixel to the previous one, and rings that collapse", () => {
    const view = mapViewFor([], parseBoundary(SQUARE))!;
    const dense = Array.from({ length: 1000 }, (_, index) => ({
      longitude: 22 + index / 1000,
      latitude: 53,
    }));
    const path = ringsPath(view, [[...dense, { longitude: 22.5, latitude: 53.5 }]]);
    expect(path.split("L").length).toBeLessThan(200);
    expect(
      ringsPath(view, [
        [
          { longitude: 22, latitude: 53 },
          { longitude: 22.00001, latitude: 53 },
        ],
      ]),
    ).toBe("");
  });
});
