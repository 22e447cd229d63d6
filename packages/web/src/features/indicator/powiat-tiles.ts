/**
 * A tile grid of the 17 powiaty of podlaskie (the API has no powiat boundaries): hand-placed so that
 * north stays up and neighbours stay neighbours; each city with powiat rights sits beside the powiat
 * around it. Columns run west → east, rows north → south.
 */
export const PODLASKIE_TILES: Readonly<Record<string, { column: number; row: number; short: string }>> = {
  "2063": { column: 1, row: 0, short: "Suwałki" },
  "2012": { column: 2, row: 0, short: "suwalski" },
  "2009": { column: 3, row: 0, short: "sejneński" },
  "2001": { column: 2, row: 1, short: "augustowski" },
  "2006": { column: 0, row: 2, short: "kolneński" },
  "2004": { column: 1, row: 2, short: "grajewski" },
  "2008": { column: 2, row: 2, short: "moniecki" },
  "2011": { column: 3, row: 2, short: "sokólski" },
  "2062": { column: 0, row: 3, short: "Łomża" },
  "2007": { column: 1, row: 3, short: "łomżyński" },
  "2061": { column: 2, row: 3, short: "Białystok" },
  "2002": { column: 3, row: 3, short: "białostocki" },
  "2014": { column: 0, row: 4, short: "zambrowski" },
  "2013": { column: 1, row: 4, short: "wysokomazowiecki" },
  "2003": { column: 2, row: 4, short: "bielski" },
  "2005": { column: 3, row: 4, short: "hajnowski" },
  "2010": { column: 2, row: 5, short: "siemiatycki" },
};

export const TILE = { width: 136, height: 76, gap: 6, padding: 4 };

export interface PlacedTile {
  code: string;
  short: string;
  x: number;
  y: number;
}

/**
 * The tiles of the given powiaty and the size of the grid they fill. A powiat missing from the hand
 * layout (a future change of the register) gets a tile in an extra row, so it is never lost.
 */
export function tileLayout(codes: readonly string[], names: ReadonlyMap<string, string> = new Map()) {
  let extra = 0;
  const lastRow = Math.max(...Object.values(PODLASKIE_TILES).map((tile) => tile.row));
  const columns = Math.max(...Object.values(PODLASKIE_TILES).map((tile) => tile.column)) + 1;
  const tiles: PlacedTile[] = codes.map((code) => {
    const known = PODLASKIE_TILES[code];
    const cell = known ?? {
      column: extra % columns,
      row: lastRow + 1 + Math.floor(extra++ / columns),
      short: "",
    };
    return {
      code,
      short: known?.short ?? names.get(code) ?? code,
      x: TILE.padding + cell.column * (TILE.width + TILE.gap),
      y: TILE.padding + cell.row * (TILE.height + TILE.gap),
    };
  });
  const rows = lastRow + 1 + Math.ceil(extra / columns);
  return {
    tiles,
    width: 2 * TILE.padding + columns * TILE.width + (columns - 1) * TILE.gap,
    height: 2 * TILE.padding + rows * TILE.height + (rows - 1) * TILE.gap,
  };
}
