import type { ImportColumn } from "./import-column";

/** The template's columns: what each holds, whether it is required, and the codes it accepts. */
export function ImportColumnsTable(props: { columns: readonly ImportColumn[]; caption: string }) {
  return (
    <table className="import-table import-columns">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Kolumna</th>
          <th scope="col">Wymagana</th>
          <th scope="col">Znaczenie i dozwolone wartości</th>
        </tr>
      </thead>
      <tbody>
        {props.columns.map((column) => (
          <tr key={column.name}>
            <th scope="row">
              <code>{column.name}</code>
            </th>
            <td>{column.required ? "tak" : "nie"}</td>
            <td>
              <p>{column.description}</p>
              {column.allowed && (
                <details>
                  <summary>Dozwolone kody ({Object.keys(column.allowed).length})</summary>
                  <ul className="import-codes">
                    {Object.entries(column.allowed).map(([code, label]) => (
                      <li key={code}>
                        <code>{code}</code> — {label}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
