import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { unitLabel } from "./indicator-format";
import { mapValueTexts, shadeClass } from "./indicator-map-shading";
import { REGION_MAP_SIZE, regionShapes } from "./region-shapes";
import type { ValueClasses } from "./value-classes";

export const IndicatorRegionMap_map = graphql(`
  fragment IndicatorRegionMap_map on IndicatorMap {
    entries {
      value
      territorialUnit {
        code
        name
        kind
        boundary
      }
    }
  }
`);

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The 16 województwa from their boundaries (Web Mercator), shaded by value class; each region is
 * named with its value in its <title>, and the value is written on it, so colour is never alone.
 */
export function IndicatorRegionMap(props: {
  map: FragmentType<typeof IndicatorRegionMap_map>;
  classes: ValueClasses;
  unit: string;
  locale: Locale;
}) {
  const { locale } = props;
  const words = getMessages(locale).data.map;
  const lang = recordLang(locale);
  const noData = { short: words.noDataShort, full: words.noData };
  const { entries } = getFragmentData(IndicatorRegionMap_map, props.map);
  const drawn = regionShapes(
    entries.map((entry) => ({ code: entry.territorialUnit.code, boundary: entry.territorialUnit.boundary })),
  );
  if (!drawn) return <p className="empty-state">{words.bordersMissing}</p>;
  const entryByCode = new Map(entries.map((entry) => [entry.territorialUnit.code, entry]));
  const regions = drawn.shapes.map((shape) => {
    const entry = entryByCode.get(shape.code)!;
    return {
      ...shape,
      ...shadeClass(entry.value, props.classes),
      missing: entry.value == null,
      texts: mapValueTexts(
        entry.value,
        unitLabel(entry.territorialUnit),
        props.classes.decimals,
        props.unit,
        locale,
        noData,
      ),
    };
  });
  return (
    <svg
      className="indicator-map__svg"
      viewBox={`0 0 ${REGION_MAP_SIZE.width} ${REGION_MAP_SIZE.height}`}
      role="group"
      aria-label={words.regions}
    >
      {regions.map((region) => (
        <path
          key={region.code}
          className={`indicator-map__region ${region.className}`}
          data-unit={region.code}
          d={region.path}
          fillRule="evenodd"
        >
          {/* Named in Polish with its value; only "no data" is in the page's language. */}
          <title lang={region.missing ? undefined : lang}>{region.texts.title}</title>
        </path>
      ))}
      <g className="indicator-map__labels" aria-hidden="true">
        {regions.map((region) => (
          <text
            key={region.code}
            className={
              region.lightText ? "indicator-map__label indicator-map__label--light" : "indicator-map__label"
            }
            x={round(region.label.x)}
            y={round(region.label.y)}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {region.texts.short}
          </text>
        ))}
      </g>
    </svg>
  );
}
