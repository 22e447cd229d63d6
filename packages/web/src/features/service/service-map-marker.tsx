import { svgRound as round } from "@/components/map/svg-round";
import { MARKER_RADIUS, type PlacedMarker } from "./service-map-layout";

/**
 * A marker: a link named like its service, with the number of the service in the list. Data that
 * may be out of date is drawn as a square, not only in another colour.
 */
export function Marker(props: { marker: PlacedMarker }) {
  const { marker } = props;
  const [x, y] = [round(marker.x), round(marker.y)];
  const r = MARKER_RADIUS;
  return (
    <a href={marker.href} aria-label={marker.label} className="service-map__marker" lang={marker.lang}>
      <title>{marker.label}</title>
      <circle className="service-map__focus" cx={x} cy={y} r={r + 4} />
      {marker.stale ? (
        <rect
          className="service-map__pin service-map__pin--stale"
          x={x - r}
          y={y - r}
          width={2 * r}
          height={2 * r}
        />
      ) : (
        <circle className="service-map__pin" cx={x} cy={y} r={r} />
      )}
      <text className="service-map__number" x={x} y={y} textAnchor="middle" dominantBaseline="central">
        {marker.number}
      </text>
    </a>
  );
}
