import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
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
}) {
  const { year, entries } = getFragmentData(IndicatorMapTable_map, props.map);
  return (
    <details className="indicator-map__table">
      <summary>Wartości z mapy w tabeli</summary>
      <table className="indicator-table">
        <caption>
          Wartości w {year} r. ({props.unit})
        </caption>
        <thead>
          <tr>
            <th scope="col">Jednostka</th>
            <th scope="col">Wartość</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.territorialUnit.code}>
              <th scope="row">{unitLabel(entry.territorialUnit)}</th>
              <td>
                {entry.value === null || entry.value === undefined
                  ? "brak danych"
                  : formatValue(entry.value, props.decimals)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
