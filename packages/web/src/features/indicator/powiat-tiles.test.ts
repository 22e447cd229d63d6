import { describe, expect, it } from "vitest";
import { PODLASKIE_TILES, TILE, tileLayout } from "./powiat-tiles";

const CODES = [
  ...Array.from({ length: 14 }, (_, index) => `20${String(index + 1).padStart(2, "0")}`),
  "2061",
  "2062",
  "2063",
];

describe("PODLASKIE_TILES", () => {
  it("places each of the 17 powiaty of podlaskie in a cell of its own", () => {
    expect(Object.keys(PODLASKIE_TILES).sort()).toEqual([...CODES].sort());
    const cells = Object.values(PODLASKIE_TILES).map((tile) => `${tile.column},${tile.row}`);
    expect(new Set(cells).size).toBe(17);
  });

  it("keeps the north in the north: Suwałki above Białystok, Białystok above siemiatycki", () => {
    expect(PODLASKIE_TILES["2063"]!.row).toBeLessThan(PODLASKIE_TILES["2061"]!.row);
    expect(PODLASKIE_TILES["2061"]!.row).toBeLessThan(PODLASKIE_TILES["2010"]!.row);
    expect(PODLASKIE_TILES["2062"]!.column).toBeLessThan(PODLASKIE_TILES["2005"]!.column);
  });
});

describe("tileLayout", () => {
  it("puts the tiles on the grid without overlaps, inside the drawing", () => {
    const layout = tileLayout(CODES);
    expect(layout.tiles).toHaveLength(17);
    for (const tile of layout.tiles) {
      expect(tile.x + TILE.width).toBeLessThanOrEqual(layout.width);
      expect(tile.y + TILE.height).toBeLessThanOrEqual(layout.height);
    }
    const corners = new Set(layout.tiles.map((tile) => `${tile.x},${tile.y}`));
    expect(corners.size).toBe(17);
    expect(layout.tiles.find((tile) => tile.code === "2013")!.short).toBe("wysokomazowiecki");
  });

  it("adds an unknown powiat in an extra row, under its register name", () => {
    const layout = tileLayout([...CODES, "2015"], new Map([["2015", "nowy"]]));
    const added = layout.tiles.find((tile) => tile.code === "2015")!;
    expect(added.short).toBe("nowy");
    expect(added.y).toBeGreaterThan(Math.max(...layout.tiles.filter((t) => t !== added).map((t) => t.y)));
    expect(added.y + TILE.height).toBeLessThanOrEqual(layout.height);
  });
});
