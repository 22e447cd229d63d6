import { boundsOf, fitView, toView, type LonLat, type MapView, type Point } from "@/lib/web-mercator";

/** The map's drawing surface (SVG user units; the SVG scales to its box). */
export const MAP_SIZE = { width: 600, height: 760, padding: 56 };
export const MARKER_RADIUS = 14;
/** About a town: a single spot is shown at this zoom, never closer. */
const MAX_ZOOM = 12;
const MARKER_GAP = 4;

export type Ring = LonLat[];

export interface MapMarker extends LonLat {
  key: string;
  /** Position of the service in the result list, shown on the marker. */
  number: number;
  href: string;
  /** Accessible name: number, title and place. */
  label: string;
  /** "pl" on a page in another language: the label is mostly the record's Polish title and address. */
  lang?: string;
  stale: boolean;
}

/** A marker where it is drawn; `anchor` is its true position (they differ when markers are spread). */
export interface PlacedMarker extends MapMarker, Point {
  anchor: Point;
}

function isPosition(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1]) &&
    Math.abs(value[0]) <= 180 &&
    Math.abs(value[1]) <= 90
  );
}

function toRing(value: unknown): Ring | null {
  if (!Array.isArray(value) || !value.every(isPosition)) return null;
  return value.map(([longitude, latitude]) => ({ longitude, latitude }));
}

/** The rings of a GeoJSON Polygon or MultiPolygon (the API's `boundary`); none when it is anything else. */
export function parseBoundary(geoJson: string | null | undefined): Ring[] {
  if (!geoJson) return [];
  let geometry: { type?: unknown; coordinates?: unknown };
  try {
    geometry = JSON.parse(geoJson) as typeof geometry;
  } catch {
    return [];
  }
  const { type, coordinates } = geometry ?? {};
  if (!Array.isArray(coordinates)) return [];
  const polygons = type === "Polygon" ? [coordinates] : type === "MultiPolygon" ? coordinates : [];
  const rings = polygons.flatMap((polygon: unknown) => (Array.isArray(polygon) ? polygon.map(toRing) : []));
  return rings.every((ring) => ring !== null) ? rings : [];
}

/** The view that shows every marker and the outline; null when there is nothing to show. */
export function mapViewFor(markers: readonly LonLat[], rings: readonly Ring[]): MapView | null {
  const bounds = boundsOf([...markers, ...rings.flat()]);
  return bounds ? fitView(bounds, MAP_SIZE, MAX_ZOOM) : null;
}

/**
 * Offsets from the middle of a group for `count` markers that share one spot: the first in the
 * middle, the next ones on rings around it, far enough apart not to overlap, clockwise from the top.
 */
function spreadOffsets(count: number, radius: number): Point[] {
  const step = 2 * radius + MARKER_GAP;
  const offsets: Point[] = [{ x: 0, y: 0 }];
  for (let ring = 1; offsets.length < count; ring++) {
    const slots = Math.floor(2 * Math.PI * ring);
    for (let slot = 0; slot < slots && offsets.length < count; slot++) {
      const angle = -Math.PI / 2 + (2 * Math.PI * slot) / slots;
      offsets.push({ x: ring * step * Math.cos(angle), y: ring * step * Math.sin(angle) });
    }
  }
  return offsets;
}

/**
 * Markers in the view. Markers that would overlap (services of one office share its address) are
 * spread around the spot of the first of them, so that each stays visible and can be clicked; the
 * spread is kept inside the view.
 */
export function placeMarkers(
  view: MapView,
  markers: readonly MapMarker[],
  radius = MARKER_RADIUS,
): PlacedMarker[] {
  const groups: { centre: Point; members: { marker: MapMarker; anchor: Point }[] }[] = [];
  for (const marker of markers) {
    const anchor = toView(view, marker);
    const group = groups.find(
      (item) => Math.hypot(item.centre.x - anchor.x, item.centre.y - anchor.y) < 2 * radius,
    );
    if (group) group.members.push({ marker, anchor });
    else groups.push({ centre: anchor, members: [{ marker, anchor }] });
  }
  return groups.flatMap(({ centre, members }) => {
    const offsets = members.length === 1 ? [{ x: 0, y: 0 }] : spreadOffsets(members.length, radius);
    const base = members.length === 1 ? members[0]!.anchor : centre;
    const xs = offsets.map((offset) => base.x + offset.x);
    const ys = offsets.map((offset) => base.y + offset.y);
    const margin = radius + 2;
    const shiftX = shiftInto(Math.min(...xs), Math.max(...xs), margin, view.width - margin);
    const shiftY = shiftInto(Math.min(...ys), Math.max(...ys), margin, view.height - margin);
    return members.map(({ marker, anchor }, index) => ({
      ...marker,
      anchor,
      x: xs[index]! + shiftX,
      y: ys[index]! + shiftY,
    }));
  });
}

function shiftInto(low: number, high: number, min: number, max: number): number {
  if (low < min) return min - low;
  if (high > max) return max - high;
  return 0;
}

const coordinate = (value: number) => String(Math.round(value * 10) / 10);

/**
 * SVG path data of the rings, projected into the view. Points closer than `minStep` pixels to the
 * previous one are dropped: a detailed boundary stays a few kilobytes of HTML.
 */
export function ringsPath(view: MapView, rings: readonly Ring[], minStep = 1.5): string {
  const parts: string[] = [];
  for (const ring of rings) {
    const kept: Point[] = [];
    for (const position of ring) {
      const point = toView(view, position);
      const last = kept.at(-1);
      if (!last || Math.hypot(point.x - last.x, point.y - last.y) >= minStep) kept.push(point);
    }
    if (kept.length < 3) continue;
    parts.push(`M${kept.map((point) => `${coordinate(point.x)} ${coordinate(point.y)}`).join("L")}Z`);
  }
  return parts.join("");
}
