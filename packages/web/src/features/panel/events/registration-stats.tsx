import type { PanelEventRegistrationStatsQuery } from "@/__generated__/graphql";
import { EVENT_AUDIENCE_LABELS_PL } from "@obserwatorium/schema";
import "../records/records.css";

type Stats = PanelEventRegistrationStatsQuery["eventRegistrationStats"];

function CountTable(props: {
  caption: string;
  header: string;
  rows: readonly { label: string; count: number }[];
}) {
  if (props.rows.length === 0) return null;
  return (
    <div className="record-table-scroll">
      <table className="record-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.header}</th>
            <th scope="col">Potwierdzone zgłoszenia</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Who was trained: confirmed registrations per institution, gmina and role. */
export function RegistrationStats(props: { stats: Stats }) {
  const { stats } = props;
  if (stats.confirmedCount === 0) return <p>Nie ma jeszcze potwierdzonych zgłoszeń do zestawienia.</p>;
  return (
    <>
      <p>
        Potwierdzone zgłoszenia: {stats.confirmedCount}
        {stats.withoutGminaCount > 0 && `, w tym bez podanej gminy: ${stats.withoutGminaCount}`}.
      </p>
      <CountTable
        caption="Potwierdzone zgłoszenia według instytucji"
        header="Instytucja"
        rows={stats.byInstitution.map((row) => ({ label: row.institution, count: row.count }))}
      />
      <CountTable
        caption="Potwierdzone zgłoszenia według gminy instytucji"
        header="Gmina"
        rows={stats.byGmina.map((row) => ({
          label: `${row.gminaName} (${row.gminaCode})`,
          count: row.count,
        }))}
      />
      <CountTable
        caption="Potwierdzone zgłoszenia według roli uczestnika"
        header="Rola"
        rows={stats.byRole.map((row) => ({ label: EVENT_AUDIENCE_LABELS_PL[row.role], count: row.count }))}
      />
    </>
  );
}
