import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { unitLabel } from "./indicator-format";
import { mapValueTexts, shadeClass } from "./indicator-map-shading";
import { TILE, tileLayout } from "./powiat-tiles";
import type { ValueClasses } from "./value-classes";

export const IndicatorCartogram_map = graphql(`
  fragment IndicatorCartogram_map on IndicatorMap {
    entries {
      value
      territorialUnit {
        code
        name
        kind
      }
    }
  }
`);

/**
 * The powiaty of podlaskie as a tile grid (the API has no powiat boundaries): one labelled tile per
 * powiat, placed roughly where it lies, shaded by value class, with its short name and value written.
 */
export function IndicatorCartogram(props: {
  map: FragmentType<typeof IndicatorCartogram_map>;
  classes: ValueClasses;
  unit: string;
  locale: Locale;
}) {
  const { locale } = props;
  const words = getMessages(locale).data.map;
  const lang = recordLang(locale);
  const noData = { short: words.noDataShort, full: words.noData };
  const { entries } = getFragmentData(IndicatorCartogram_map, props.map);
  const names = new Map(entries.map((entry) => [entry.territorialUnit.code, entry.territorialUnit.name]));
  const layout = tileLayout(
    entries.map((entry) => entry.territorialUnit.code),
    names,
  );
  return (
    <svg
      className="indicator-map__svg indicator-map__svg--tiles"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={words.tiles}
    >
      {layout.tiles.map((tile, index) => {
        const entry = entries[index]!;
        const shade = shadeClass(entry.value, props.classes);
        const texts = mapValueTexts(
          entry.value,
          unitLabel(entry.territorialUnit),
          props.classes.decimals,
          props.unit,
          locale,
          noData,
        );
        const textClass = shade.lightText
          ? "indicator-tile__text indicator-tile__text--light"
          : "indicator-tile__text";
        const centre = tile.x + TILE.width / 2;
        return (
          <g key={tile.code} className="indicator-tile" data-unit={tile.code}>
            <title lang={entry.value == null ? undefined : lang}>{texts.title}</title>
            <rect
              className={`indicator-tile__box ${shade.className}`}
              x={tile.x}
              y={tile.y}
              width={TILE.width}
              height={TILE.height}
              rx="4"
            />
            <text className={textClass} x={centre} y={tile.y + 28} textAnchor="middle" aria-hidden="true">
              {tile.short}
            </text>
            <text
              className={`${textClass} indicator-tile__value`}
              x={centre}
              y={tile.y + 54}
              textAnchor="middle"
              aria-hidden="true"
            >
              {entry.value == null ? words.noData : texts.short}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
