import { describe, expect, it } from "vitest";
import { labelPoint, REGION_MAP_SIZE, regionShapes } from "./region-shapes";

const square = (x: number, y: number, size: number) => [
  { x, y },
  { x: x + size, y },
  { x: x + size, y: y + size },
  { x, y: y + size },
];

describe("labelPoint", () => {
  it("is the middle of the largest ring, whatever the ring's direction", () => {
    expect(labelPoint([square(0, 0, 2), square(10, 10, 4)])).toEqual({ x: 12, y: 12 });
    expect(labelPoint([[...square(10, 10, 4)].reverse()])).toEqual({ x: 12, y: 12 });
  });
});

describe("regionShapes", () => {
  const geometry = (west: number, south: number) =>
    JSON.stringify({
      type: "Polygon",
      coordinates: [
        [
          [west, south],
          [west + 1, south],
          [west + 1, south + 1],
          [west, south + 1],
          [west, south],
        ],
      ],
    });

  it("fits every region into the map and labels each inside its outline", () => {
    const result = regionShapes([
      { code: "20", boundary: geometry(22, 53) },
      { code: "14", boundary: geometry(20, 52) },
      { code: "02", boundary: null },
    ]);
    expect(result?.shapes.map((shape) => shape.code)).toEqual(["20", "14"]);
    for (const shape of result!.shapes) {
      expect(shape.path).toMatch(/^M[\d. L]+Z$/);
      expect(shape.label.x).toBeGreaterThan(0);
      expect(shape.label.x).toBeLessThan(REGION_MAP_SIZE.width);
      expect(shape.label.y).toBeGreaterThan(0);
      expect(shape.label.y).toBeLessThan(REGION_MAP_SIZE.height);
    }
    const [podlaskie, mazowieckie] = result!.shapes;
    expect(podlaskie!.label.x).toBeGreaterThan(mazowieckie!.label.x);
    expect(podlaskie!.label.y).toBeLessThan(mazowieckie!.label.y);
  });

  it("is null without boundaries", () => {
    expect(regionShapes([{ code: "20", boundary: null }])).toBeNull();
  });
});
