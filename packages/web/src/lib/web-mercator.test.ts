import { describe, expect, it } from "vitest";
import { boundsOf, fitView, tilesFor, tileUrl, toView, worldPixel, type MapView } from "./web-mercator";

const LAPY = { longitude: 22.8843, latitude: 52.9908 };

describe("worldPixel", () => {
  it("puts the origin of longitude and the equator in the middle of the world", () => {
    expect(worldPixel({ longitude: 0, latitude: 0 }, 0)).toEqual({ x: 128, y: 128 });
    expect(worldPixel({ longitude: -180, latitude: 0 }, 1)).toEqual({ x: 0, y: 256 });
  });

  it("matches the XYZ tile of a known place (Łapy lies in OSM tile 12/2308/1334)", () => {
    const pixel = worldPixel(LAPY, 12);
    expect(Math.floor(pixel.x / 256)).toBe(2308);
    expect(Math.floor(pixel.y / 256)).toBe(1334);
  });

  it("clamps the poles to the square world", () => {
    expect(worldPixel({ longitude: 0, latitude: 90 }, 0).y).toBeCloseTo(0, 6);
    expect(worldPixel({ longitude: 0, latitude: -90 }, 0).y).toBeCloseTo(256, 6);
  });
});

describe("boundsOf", () => {
  it("is the smallest box around the points, or null for none", () => {
    expect(boundsOf([])).toBeNull();
    expect(
      boundsOf([
        { longitude: 22, latitude: 53 },
        { longitude: 23.5, latitude: 52.4 },
        { longitude: 22.4, latitude: 54.1 },
      ]),
    ).toEqual({ west: 22, south: 52.4, east: 23.5, north: 54.1 });
  });
});

describe("fitView", () => {
  const size = { width: 600, height: 760, padding: 40 };
  const podlaskie = { west: 21.6, south: 52.28, east: 24.15, north: 54.41 };

  it("shows the whole box within the padding, centred, touching it on the tighter side", () => {
    const view = fitView(podlaskie, size, 12);
    const northWest = toView(view, { longitude: podlaskie.west, latitude: podlaskie.north });
    const southEast = toView(view, { longitude: podlaskie.east, latitude: podlaskie.south });
    expect(northWest.x).toBeGreaterThanOrEqual(40 - 1e-6);
    expect(northWest.y).toBeGreaterThanOrEqual(40 - 1e-6);
    expect(southEast.x).toBeLessThanOrEqual(560 + 1e-6);
    expect(southEast.y).toBeLessThanOrEqual(720 + 1e-6);
    // Podlaskie is taller than wide in Mercator: it fills the height.
    expect(northWest.y).toBeCloseTo(40, 6);
    expect(southEast.y).toBeCloseTo(720, 6);
    expect((northWest.x + southEast.x) / 2).toBeCloseTo(300, 6);
  });

  it("centres a single point at the highest zoom allowed", () => {
    const view = fitView(
      { west: LAPY.longitude, east: LAPY.longitude, south: LAPY.latitude, north: LAPY.latitude },
      size,
      11,
    );
    expect(view.zoom).toBe(11);
    const point = toView(view, LAPY);
    expect(point.x).toBeCloseTo(300, 6);
    expect(point.y).toBeCloseTo(380, 6);
  });
});

describe("tilesFor", () => {
  it("covers the view with tiles of the nearest zoom, scaled to the view's zoom", () => {
    const view: MapView = { zoom: 2.5, left: 100, top: 50, width: 600, height: 400 };
    const tiles = tilesFor(view);
    const size = 256 / Math.SQRT2;
    expect(new Set(tiles.map((tile) => tile.z))).toEqual(new Set([3]));
    expect(tiles[0]).toEqual({ z: 3, x: 0, y: 0, left: -100, top: -50, size });
    // Every pixel of the view lies in exactly one tile.
    for (const [x, y] of [
      [0, 0],
      [599, 399],
      [300, 200],
    ] as const) {
      const covering = tiles.filter(
        (tile) => tile.left <= x && x < tile.left + tile.size && tile.top <= y && y < tile.top + tile.size,
      );
      expect(covering).toHaveLength(1);
    }
    const columns = Math.ceil((100 + 600) / size) - Math.floor(100 / size);
    const rows = Math.ceil((50 + 400) / size) - Math.floor(50 / size);
    expect(tiles).toHaveLength(columns * rows);
  });

  it("wraps columns around the antimeridian and leaves out rows beyond the poles", () => {
    const tiles = tilesFor({ zoom: 1, left: -256, top: -256, width: 512, height: 512 });
    expect(tiles.map((tile) => [tile.x, tile.y])).toEqual([
      [1, 0],
      [0, 0],
    ]);
  });
});

describe("tileUrl", () => {
  it("fills in the XYZ template", () => {
    expect(tileUrl("https://tile.openstreetmap.org/{z}/{x}/{y}.png", { z: 12, x: 2308, y: 1334 })).toBe(
      "https://tile.openstreetmap.org/12/2308/1334.png",
    );
  });
});
