import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { formatValue, unitLabel } from "./indicator-format";

export const IndicatorMapTable_map = graphql(`
  fragment IndicatorMapTable_map on IndicatorMap {
    year
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

/** The map's values as a table, folded away: the text alternative of the map. */
export function IndicatorMapTable(props: {
  map: FragmentType<typeof IndicatorMapTable_map>;
  decimals: number;
  unit: string;
  locale: Locale;
}) {
  const { locale } = props;
  const words = getMessages(locale).data.map;
  const lang = recordLang(locale);
  const { year, entries } = getFragmentData(IndicatorMapTable_map, props.map);
  return (
    <details className="indicator-map__table">
      <summary>{words.tableSummary}</summary>
      <table className="indicator-table">
        <caption>
          {words.tableCaption(year)} (<span lang={lang}>{props.unit}</span>)
        </caption>
        <thead>
          <tr>
            <th scope="col">{words.unit}</th>
            <th scope="col">{words.value}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.territorialUnit.code}>
              <th scope="row" lang={lang}>
                {unitLabel(entry.territorialUnit)}
              </th>
              <td>
                {entry.value === null || entry.value === undefined
                  ? words.noData
                  : formatValue(entry.value, props.decimals, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
