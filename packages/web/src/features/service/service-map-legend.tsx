import type { ReactNode } from "react";
import type { Messages } from "@/i18n/messages";

function LegendSymbol(props: { children: ReactNode }) {
  return (
    <svg className="service-map__symbol" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
      {props.children}
    </svg>
  );
}

/** What the shapes of the map mean, in words: the shape, not the colour, tells them apart. */
export function ServiceMapLegend(props: {
  hasOutline: boolean;
  hasStale: boolean;
  hasSpread: boolean;
  words: Messages["serviceMap"];
}) {
  const { words } = props;
  return (
    <div className="service-map__legend">
      <p id="legenda-mapy">{words.legend}</p>
      <ul aria-labelledby="legenda-mapy">
        <li>
          <LegendSymbol>
            <circle className="service-map__pin" cx="16" cy="16" r="13" />
            <text
              className="service-map__number"
              x="16"
              y="16"
              textAnchor="middle"
              dominantBaseline="central"
            >
              1
            </text>
          </LegendSymbol>
          {words.legendPin}
        </li>
        {props.hasStale && (
          <li>
            <LegendSymbol>
              <rect className="service-map__pin service-map__pin--stale" x="3" y="3" width="26" height="26" />
            </LegendSymbol>
            {words.legendStale}
          </li>
        )}
        {props.hasSpread && (
          <li>
            <LegendSymbol>
              <g className="service-map__legs">
                <line x1="6" y1="26" x2="24" y2="8" />
                <circle cx="6" cy="26" r="3" />
              </g>
            </LegendSymbol>
            {words.legendSpread}
          </li>
        )}
        {props.hasOutline && (
          <li>
            <LegendSymbol>
              <path className="service-map__outline" d="M3 24 L10 6 L22 4 L29 18 L18 28 Z" />
            </LegendSymbol>
            {words.legendOutline}
          </li>
        )}
      </ul>
    </div>
  );
}
