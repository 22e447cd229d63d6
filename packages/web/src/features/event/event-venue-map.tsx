import { svgRound as round } from "@/components/map/svg-round";
import { TileLayer } from "@/components/map/tile-layer";
import type { MapTiles } from "@/lib/config";
import { fitView, toView } from "@/lib/web-mercator";

const MAP_SIZE = { width: 480, height: 280, padding: 20 };
const ZOOM = 15;

/**
 * The venue on a server-drawn map: background tiles and one pin. Only with a tile service
 * (MAP_TILE_URL): without one a lone pin on a blank square says nothing the address does not. The
 * address above is its text equivalent; the caption names the place.
 */
export function EventVenueMap(props: {
  latitude: number;
  longitude: number;
  tiles: MapTiles;
  label: string;
  caption: string;
  tilesWord: string;
}) {
  const point = { latitude: props.latitude, longitude: props.longitude };
  const view = fitView(
    { west: point.longitude, east: point.longitude, south: point.latitude, north: point.latitude },
    MAP_SIZE,
    ZOOM,
  );
  const pin = toView(view, point);
  return (
    <figure className="event-map">
      <figcaption>{props.caption}</figcaption>
      <svg
        className="event-map__svg"
        viewBox={`0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}`}
        role="img"
        aria-label={props.label}
      >
        <TileLayer view={view} tiles={props.tiles} />
        <circle className="event-map__pin" cx={round(pin.x)} cy={round(pin.y)} r={10} />
        <circle className="event-map__pin-dot" cx={round(pin.x)} cy={round(pin.y)} r={3} />
      </svg>
      <p className="event-map__attribution">
        {props.tilesWord} {props.tiles.attribution}
      </p>
    </figure>
  );
}
