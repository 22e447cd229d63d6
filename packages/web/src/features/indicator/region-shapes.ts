import { parseBoundary, ringsPath, type Ring } from "@/features/service/service-map-layout";
import { boundsOf, fitView, toView, type MapView, type Point } from "@/lib/web-mercator";

/** The województwa map's drawing surface (SVG user units; the SVG scales to its box). */
export const REGION_MAP_SIZE = { width: 600, height: 570, padding: 12 };

export interface RegionShape {
  code: string;
  /** SVG path data of all its rings. */
  path: string;
  /** Where its value is written: the middle of its largest ring. */
  label: Point;
}

/** Signed area and centroid of a closed polygon (the shoelace formula). */
function polygonCentroid(points: readonly Point[]): { area: number; centroid: Point } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let index = 0; index < points.length; index++) {
    const a = points[index]!;
    const b = points[(index + 1) % points.length]!;
    const cross = a.x * b.y - b.x * a.y;
    area += cross;
    x += (a.x + b.x) * cross;
    y += (a.y + b.y) * cross;
  }
  area /= 2;
  if (Math.abs(area) < 1e-9) {
    const count = points.length || 1;
    const sum = points.reduce((total, point) => ({ x: total.x + point.x, y: total.y + point.y }), {
      x: 0,
      y: 0,
    });
    return { area: 0, centroid: { x: sum.x / count, y: sum.y / count } };
  }
  return { area, centroid: { x: x / (6 * area), y: y / (6 * area) } };
}

/** The centroid of the largest ring: a label point inside a region shaped like a województwo. */
export function labelPoint(rings: readonly (readonly Point[])[]): Point {
  let best = { area: -1, centroid: { x: 0, y: 0 } };
  for (const ring of rings) {
    const candidate = polygonCentroid(ring);
    if (Math.abs(candidate.area) > best.area)
      best = { area: Math.abs(candidate.area), centroid: candidate.centroid };
  }
  return best.centroid;
}

/**
 * The regions with a boundary (GeoJSON from the API) in Web Mercator, fitted together into the map;
 * null when none has one.
 */
export function regionShapes(
  regions: readonly { code: string; boundary?: string | null }[],
): { view: MapView; shapes: RegionShape[] } | null {
  const parsed = regions.map((region) => ({ code: region.code, rings: parseBoundary(region.boundary) }));
  const bounds = boundsOf(parsed.flatMap((region) => region.rings.flat()));
  if (!bounds) return null;
  const view = fitView(bounds, REGION_MAP_SIZE, 12);
  const shapes = parsed
    .filter((region) => region.rings.length > 0)
    .map(({ code, rings }: { code: string; rings: Ring[] }) => ({
      code,
      path: ringsPath(view, rings),
      label: labelPoint(rings.map((ring) => ring.map((position) => toView(view, position)))),
    }));
  return { view, shapes };
}
