import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import type { ServiceMap_ServiceFragment } from "@/__generated__/graphql";
import { svgRound as round } from "@/components/map/svg-round";
import { TileLayer } from "@/components/map/tile-layer";
import { DEFAULT_LOCALE, localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import type { MapTiles } from "@/lib/config";
import {
  MAP_SIZE,
  mapViewFor,
  parseBoundary,
  placeMarkers,
  ringsPath,
  type MapMarker,
} from "./service-map-layout";
import { ServiceMapLegend } from "./service-map-legend";
import { Marker } from "./service-map-marker";

export const ServiceMap_service = graphql(`
  fragment ServiceMap_service on Service {
    id
    slug
    title
    isStale
    locations {
      address {
        streetAddress
        city
      }
      coordinates {
        latitude
        longitude
      }
    }
  }
`);

/**
 * One marker per location with coordinates, numbered as the service in the result list. On a page
 * in another language the marker is marked Polish (its name is the record's) and only the note on
 * stale data is translated.
 */
function markersOf(services: ServiceMap_ServiceFragment[], firstNumber: number, locale: Locale): MapMarker[] {
  const staleNote = getMessages(locale).serviceMap.stale;
  return services.flatMap((service, index) =>
    service.locations.flatMap((location, locationIndex) => {
      if (!location.coordinates) return [];
      const number = firstNumber + index;
      const place = [location.address.city, location.address.streetAddress].filter(Boolean).join(", ");
      const stale = service.isStale ? ` (${staleNote})` : "";
      return [
        {
          key: `${service.id}-${locationIndex}`,
          number,
          href: localeHref(locale, `/uslugi/${encodeURIComponent(service.slug)}`),
          label: `${number}. ${service.title} — ${place}${stale}`,
          lang: locale === DEFAULT_LOCALE ? undefined : "pl",
          stale: service.isStale,
          ...location.coordinates,
        },
      ];
    }),
  );
}

/**
 * The services of the current result page on a map: a server-drawn SVG, with no script and no map
 * library. Every marker is a link with the name of its service; the list next to it says the same,
 * for those who do not use the map.
 */
export function ServiceMap(props: {
  services: FragmentType<typeof ServiceMap_service>[];
  firstNumber: number;
  /** GeoJSON outline of the region (the API's `boundary`); the map is fitted to it. */
  boundary: string | null;
  tiles: MapTiles | null;
  locale?: Locale;
}) {
  const locale = props.locale ?? DEFAULT_LOCALE;
  const words = getMessages(locale).serviceMap;
  const services = props.services.map((service) => getFragmentData(ServiceMap_service, service));
  const markers = markersOf(services, props.firstNumber, locale);
  const rings = parseBoundary(props.boundary);
  const view = mapViewFor(markers, rings);
  const shown = new Set(markers.map((marker) => marker.number)).size;
  const caption = words.caption(shown) + (shown < services.length ? words.captionUnplaced : words.captionEnd);
  const placed = view ? placeMarkers(view, markers).sort((a, b) => a.number - b.number) : [];
  const spread = placed.filter(
    (marker) => Math.hypot(marker.x - marker.anchor.x, marker.y - marker.anchor.y) > 1,
  );
  return (
    <figure className="service-map">
      <figcaption className="service-map__caption">{caption}</figcaption>
      {view && (
        <svg
          className={props.tiles ? "service-map__svg service-map__svg--tiles" : "service-map__svg"}
          viewBox={`0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}`}
          role="group"
          aria-label={words.label}
        >
          {props.tiles && <TileLayer view={view} tiles={props.tiles} />}
          {rings.length > 0 && (
            <path
              className="service-map__outline"
              d={ringsPath(view, rings)}
              fillRule="evenodd"
              aria-hidden="true"
            />
          )}
          <g className="service-map__legs" aria-hidden="true">
            {spread.map((marker) => (
              <line
                key={marker.key}
                x1={round(marker.anchor.x)}
                y1={round(marker.anchor.y)}
                x2={round(marker.x)}
                y2={round(marker.y)}
              />
            ))}
            {spread.map((marker) => (
              <circle key={marker.key} cx={round(marker.anchor.x)} cy={round(marker.anchor.y)} r={3} />
            ))}
          </g>
          {placed.map((marker) => (
            <Marker key={marker.key} marker={marker} />
          ))}
        </svg>
      )}
      <ServiceMapLegend
        hasOutline={rings.length > 0}
        hasStale={placed.some((marker) => marker.stale)}
        hasSpread={spread.length > 0}
        words={words}
      />
      {props.tiles && (
        <p className="service-map__attribution">
          {words.tiles} {props.tiles.attribution}
        </p>
      )}
    </figure>
  );
}
