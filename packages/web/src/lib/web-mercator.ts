/**
 * Web-Mercator (EPSG:3857) maths for maps drawn on the server: the projection of the XYZ tile
 * services (OpenStreetMap and the like), fitting a view to a bounding box, and the tiles under it.
 * Pixel coordinates follow the tiles: the world is 256·2^zoom pixels wide, y grows southwards.
 */

export const TILE_SIZE = 256;
/** Where the square Web-Mercator world ends. */
const MAX_LATITUDE = 85.0511287798;

export interface LonLat {
  longitude: number;
  latitude: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** A view of `width` × `height` pixels at a (possibly fractional) zoom; left/top in world pixels. */
export interface MapView {
  zoom: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** One XYZ tile and the square it covers in the view. */
export interface Tile {
  z: number;
  x: number;
  y: number;
  left: number;
  top: number;
  size: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** World pixel coordinates of a point at `zoom`. */
export function worldPixel(point: LonLat, zoom: number): Point {
  const size = TILE_SIZE * 2 ** zoom;
  const latitude = (clamp(point.latitude, -MAX_LATITUDE, MAX_LATITUDE) * Math.PI) / 180;
  return {
    x: ((point.longitude + 180) / 360) * size,
    y: (0.5 - Math.log(Math.tan(Math.PI / 4 + latitude / 2)) / (2 * Math.PI)) * size,
  };
}

/** The smallest box around the points; null when there are none. */
export function boundsOf(points: Iterable<LonLat>): Bounds | null {
  let bounds: Bounds | null = null;
  for (const { longitude, latitude } of points) {
    bounds = bounds
      ? {
          west: Math.min(bounds.west, longitude),
          south: Math.min(bounds.south, latitude),
          east: Math.max(bounds.east, longitude),
          north: Math.max(bounds.north, latitude),
        }
      : { west: longitude, south: latitude, east: longitude, north: latitude };
  }
  return bounds;
}

/**
 * The view of `width` × `height` pixels that shows `bounds` as large as possible, centred, keeping
 * `padding` pixels free on every side. The zoom is fractional (tiles are scaled to it) and at most
 * `maxZoom`, which is also the zoom of a single point.
 */
export function fitView(
  bounds: Bounds,
  size: { width: number; height: number; padding: number },
  maxZoom: number,
): MapView {
  const northWest = worldPixel({ longitude: bounds.west, latitude: bounds.north }, 0);
  const southEast = worldPixel({ longitude: bounds.east, latitude: bounds.south }, 0);
  const spanX = southEast.x - northWest.x;
  const spanY = southEast.y - northWest.y;
  const fitX = spanX > 0 ? Math.log2((size.width - 2 * size.padding) / spanX) : Infinity;
  const fitY = spanY > 0 ? Math.log2((size.height - 2 * size.padding) / spanY) : Infinity;
  const zoom = clamp(Math.min(fitX, fitY, maxZoom), 0, maxZoom);
  const scale = 2 ** zoom;
  return {
    zoom,
    left: ((northWest.x + southEast.x) / 2) * scale - size.width / 2,
    top: ((northWest.y + southEast.y) / 2) * scale - size.height / 2,
    width: size.width,
    height: size.height,
  };
}

/** Where a point lies in the view, in pixels from its top-left corner. */
export function toView(view: MapView, point: LonLat): Point {
  const pixel = worldPixel(point, view.zoom);
  return { x: pixel.x - view.left, y: pixel.y - view.top };
}

/**
 * The tiles that cover the view, at the integer zoom nearest to the view's (at most `maxTileZoom`),
 * each scaled to the view's zoom. Columns wrap around the antimeridian; rows beyond the poles are
 * left out.
 */
export function tilesFor(view: MapView, maxTileZoom = 19): Tile[] {
  const z = clamp(Math.round(view.zoom), 0, maxTileZoom);
  const size = TILE_SIZE * 2 ** (view.zoom - z);
  const count = 2 ** z;
  const firstColumn = Math.floor(view.left / size);
  const lastColumn = Math.ceil((view.left + view.width) / size) - 1;
  const firstRow = Math.max(0, Math.floor(view.top / size));
  const lastRow = Math.min(count - 1, Math.ceil((view.top + view.height) / size) - 1);
  const tiles: Tile[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    for (let column = firstColumn; column <= lastColumn; column++) {
      tiles.push({
        z,
        x: ((column % count) + count) % count,
        y: row,
        left: column * size - view.left,
        top: row * size - view.top,
        size,
      });
    }
  }
  return tiles;
}

/** The address of a tile from an XYZ template such as `https://tile.example.org/{z}/{x}/{y}.png`. */
export function tileUrl(template: string, tile: Pick<Tile, "z" | "x" | "y">): string {
  return template
    .replaceAll("{z}", String(tile.z))
    .replaceAll("{x}", String(tile.x))
    .replaceAll("{y}", String(tile.y));
}
