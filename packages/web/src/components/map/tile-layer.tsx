import type { MapTiles } from "@/lib/config";
import { tilesFor, tileUrl, type MapView } from "@/lib/web-mercator";
import { svgRound } from "./svg-round";

/**
 * The background tiles under a server-drawn SVG map, for the part of the world `view` shows. Hidden
 * from assistive technology: they carry no content, the map's own marks and their list do. The tile
 * service's licence wants its attribution shown next to the map (`tiles.attribution`).
 */
export function TileLayer(props: { view: MapView; tiles: MapTiles }) {
  return (
    <g aria-hidden="true">
      {tilesFor(props.view).map((tile) => (
        <image
          key={`${tile.z}/${tile.x}/${tile.y}/${tile.left}`}
          href={tileUrl(props.tiles.urlTemplate, tile)}
          x={svgRound(tile.left)}
          y={svgRound(tile.top)}
          width={svgRound(tile.size + 0.5)}
          height={svgRound(tile.size + 0.5)}
        />
      ))}
    </g>
  );
}
