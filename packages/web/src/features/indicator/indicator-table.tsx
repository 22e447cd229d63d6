import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { formatValue, unitLabel } from "./indicator-format";
import { valueDecimals } from "./value-classes";

export const IndicatorTable_series = graphql(`
  fragment IndicatorTable_series on IndicatorSeries {
    years
    units {
      territorialUnit {
        code
        name
        kind
      }
      values {
        year
        value
      }
    }
  }
`);

function ValueCell(props: { value: number | undefined; decimals: number; locale: Locale; noData: string }) {
  if (props.value === undefined) {
    return (
      <td className="indicator-table__missing">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{props.noData}</span>
      </td>
    );
  }
  return <td>{formatValue(props.value, props.decimals, props.locale)}</td>;
}

/**
 * The primary, accessible view: one row per powiat of the region, one column per year, the
 * województwo as the table's footer. The table scrolls sideways on a narrow screen, in a region
 * that can take keyboard focus.
 */
export function IndicatorTable(props: {
  series: FragmentType<typeof IndicatorTable_series>;
  indicator: { name: string; unit: string };
  locale: Locale;
}) {
  const { locale } = props;
  const messages = getMessages(locale).data;
  const words = messages.table;
  const lang = recordLang(locale);
  const { years, units } = getFragmentData(IndicatorTable_series, props.series);
  const decimals = valueDecimals(units.flatMap((unit) => unit.values.map((value) => value.value)));
  const rows = units.map((unit) => ({
    code: unit.territorialUnit.code,
    kind: unit.territorialUnit.kind,
    label: unitLabel(unit.territorialUnit),
    byYear: new Map(unit.values.map((value) => [value.year, value.value])),
  }));
  const region = rows.filter((row) => row.kind === "VOIVODESHIP");
  const counties = rows.filter((row) => row.kind !== "VOIVODESHIP");
  const row = (item: (typeof rows)[number]) => (
    <tr key={item.code}>
      <th scope="row" lang={lang}>
        {item.label}
      </th>
      {years.map((year) => (
        <ValueCell
          key={year}
          value={item.byYear.get(year)}
          decimals={decimals}
          locale={locale}
          noData={words.noData}
        />
      ))}
    </tr>
  );
  if (years.length === 0) {
    return <p className="empty-state">{words.empty}</p>;
  }
  return (
    // A scrolling region takes keyboard focus, so that it can be scrolled without a mouse (WCAG 2.1.1).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="indicator-table-scroll" role="region" aria-labelledby="tabela-podpis" tabIndex={0}>
      <table className="indicator-table">
        <caption id="tabela-podpis">
          <span lang={lang}>
            {props.indicator.name} ({props.indicator.unit})
          </span>{" "}
          {words.caption}, {messages.chart.period(years[0]!, years.at(-1)!)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{words.county}</th>
            {years.map((year) => (
              <th key={year} scope="col">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{counties.map(row)}</tbody>
        {region.length > 0 && <tfoot>{region.map(row)}</tfoot>}
      </table>
    </div>
  );
}
