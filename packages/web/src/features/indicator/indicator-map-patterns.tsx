/**
 * The hatching of "brak danych", defined once for the map and its legend (CSS refers to it by id).
 * A zero-size SVG: hidden with display:none, some browsers would not paint the pattern.
 */
export function IndicatorMapPatterns() {
  return (
    <svg className="indicator-map__defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id="wskaznik-brak-danych"
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#8a9099" strokeWidth="2" />
        </pattern>
      </defs>
    </svg>
  );
}
