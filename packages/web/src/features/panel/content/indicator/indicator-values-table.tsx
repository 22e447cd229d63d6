import type { PanelIndicatorValuesQuery } from "@/__generated__/graphql";
import { Button } from "@/components/button";
import { deleteIndicatorValueAction } from "./indicator-actions";

type SeriesUnit = PanelIndicatorValuesQuery["indicatorSeries"]["units"][number];

const number = (value: number | null | undefined) =>
  value === null || value === undefined ? "—" : value.toLocaleString("pl-PL");

/** The stored values of one unit, newest first, each with a button that deletes it. */
export function IndicatorValuesTable(props: { indicatorCode: string; unit: SeriesUnit; measure: string }) {
  const { unit } = props;
  const values = [...unit.values].sort((a, b) => b.year - a.year);
  if (values.length === 0)
    return <p>Jednostka {unit.territorialUnit.name} nie ma jeszcze wartości tego wskaźnika.</p>;
  return (
    <div className="record-table-scroll">
      <table className="record-table">
        <caption>
          Wartości: {unit.territorialUnit.name} ({unit.territorialUnit.code}), {props.measure}
        </caption>
        <thead>
          <tr>
            <th scope="col">Rok</th>
            <th scope="col">Wartość</th>
            <th scope="col">Bazowa</th>
            <th scope="col">Docelowa</th>
            <th scope="col">Źródło i uwagi</th>
            <th scope="col">Działania</th>
          </tr>
        </thead>
        <tbody>
          {values.map((value) => (
            <tr key={value.year}>
              <th scope="row">{value.year}</th>
              <td>
                {number(value.value)}
                {value.isDemo && " (demonstracyjna)"}
              </td>
              <td>{number(value.baseline)}</td>
              <td>{number(value.target)}</td>
              <td>{[value.source, value.note].filter(Boolean).join(" — ") || "—"}</td>
              <td>
                <form action={deleteIndicatorValueAction}>
                  <input type="hidden" name="indicatorCode" value={props.indicatorCode} />
                  <input type="hidden" name="territorialUnitCode" value={unit.territorialUnit.code} />
                  <input type="hidden" name="year" value={value.year} />
                  <Button type="submit" variant="secondary">
                    Usuń<span className="visually-hidden"> wartość za {value.year} r.</span>
                  </Button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
