import { diffRows, type FieldChangeLike } from "./diff-rows";
import "../records/records.css";
import "./proposals.css";

/**
 * The proposed values against the published record, one row per changed field. What changed is said
 * in words (the "Zmiana" column and the "było"/"będzie" headers); the colours only repeat it.
 */
export function ProposalDiffTable(props: { caption: string; changes: readonly FieldChangeLike[] }) {
  const rows = diffRows(props.changes);
  return (
    <div className="record-table-scroll">
      <table className="record-table diff-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Pole</th>
            <th scope="col">Zmiana</th>
            <th scope="col">Było</th>
            <th scope="col">Będzie</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} data-field={row.field}>
              <th scope="row">{row.label}</th>
              <td>{row.kindLabel}</td>
              <td className="diff-table__before">{row.before}</td>
              <td className="diff-table__after">{row.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
