import type { MapTiles } from "@/lib/config";
import { tilesFor, tileUrl, type MapView } from "@/lib/web-mercator";
import { round } from "./service-map-marker";

/** The background tiles of the view, hidden from assistive technology (they carry no content). */
export function Tiles(props: { view: MapView; tiles: MapTiles }) {
  return (
    <g aria-hidden="true">
      {tilesFor(props.view).map((tile) => (
        <image
          key={`${tile.z}/${tile.x}/${tile.y}/${tile.left}`}
          href={tileUrl(props.tiles.urlTemplate, tile)}
          x={round(tile.left)}
          y={round(tile.top)}
          width={round(tile.size + 0.5)}
          height={round(tile.size + 0.5)}
        />
      ))}
    </g>
  );
}
