import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SERVER_ROOT } from "../../config/paths";

type Ring = [number, number][];
export interface PolygonGeometry {
  type: "Polygon" | "MultiPolygon";
  coordinates: Ring[] | Ring[][];
}

interface BoundaryFile {
  features: { properties: { JPT_KOD_JE: string }; geometry: PolygonGeometry }[];
}

const EARTH_RADIUS_KM = 6371.0088;
const BOUNDARY_FILE = join(SERVER_ROOT, "data/boundaries/wojewodztwa.geojson");

let boundaries: Map<string, PolygonGeometry> | null = null;

/** The simplified boundary of each województwo by its TERYT code, read once. */
export function voivodeshipBoundaries(): Map<string, PolygonGeometry> {
  if (!boundaries) {
    const file = JSON.parse(readFileSync(BOUNDARY_FILE, "utf8")) as BoundaryFile;
    boundaries = new Map(file.features.map((feature) => [feature.properties.JPT_KOD_JE, feature.geometry]));
  }
  return boundaries;
}

function polygons(geometry: PolygonGeometry): Ring[][] {
  return geometry.type === "Polygon" ? [geometry.coordinates as Ring[]] : (geometry.coordinates as Ring[][]);
}

function insideRing(ring: Ring, longitude: number, latitude: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > latitude !== yj > latitude && longitude < ((xj - xi) * (latitude - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/** Even-odd rule over the outer ring and its holes. */
export function containsPoint(geometry: PolygonGeometry, latitude: number, longitude: number): boolean {
  return polygons(geometry).some(
    ([outer, ...holes]) =>
      insideRing(outer!, longitude, latitude) && !holes.some((hole) => insideRing(hole, longitude, latitude)),
  );
}

/** Distance in km from a point to the nearest edge, on a local flat projection (fine at these scales). */
export function distanceToEdgeKm(geometry: PolygonGeometry, latitude: number, longitude: number): number {
  const kmPerDegreeLat = (Math.PI / 180) * EARTH_RADIUS_KM;
  const kmPerDegreeLon = kmPerDegreeLat * Math.cos((latitude * Math.PI) / 180);
  let best = Number.POSITIVE_INFINITY;
  for (const rings of polygons(geometry)) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1]!;
        const [bx, by] = ring[i]!;
        const ux = (bx - ax) * kmPerDegreeLon;
        const uy = (by - ay) * kmPerDegreeLat;
        const px = (longitude - ax) * kmPerDegreeLon;
        const py = (latitude - ay) * kmPerDegreeLat;
        const lengthSquared = ux * ux + uy * uy;
        const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, (px * ux + py * uy) / lengthSquared));
        best = Math.min(best, Math.hypot(px - t * ux, py - t * uy));
      }
    }
  }
  return best;
}

/** Great-circle distance in km (haversine). */
export function haversineKm(fromLat: number, fromLon: number, toLat: number, toLon: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((toLat - fromLat) * rad) / 2) ** 2 +
    Math.cos(fromLat * rad) * Math.cos(toLat * rad) * Math.sin(((toLon - fromLon) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
