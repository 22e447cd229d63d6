import { pluralize } from "@/lib/polish-plural";
import type { ImportLine, ImportLineAction, ImportProblem } from "./import-state";

const LINES = { one: "wiersz", few: "wiersze", many: "wierszy" };
export const linesCount = (count: number) => pluralize(count, LINES);

const PLANNED: Record<ImportLineAction, string> = {
  CREATED: "do utworzenia",
  UPDATED: "do zmiany",
  UNCHANGED: "bez zmian",
};
const DONE: Record<ImportLineAction, string> = {
  CREATED: "utworzono",
  UPDATED: "zmieniono",
  UNCHANGED: "bez zmian",
};

/** The file's problems, one row each: line, column, message. */
export function ImportProblemsTable(props: { problems: readonly ImportProblem[] }) {
  return (
    <table className="import-table">
      <caption>Błędy w pliku: wiersz, kolumna i opis ({props.problems.length})</caption>
      <thead>
        <tr>
          <th scope="col">Wiersz</th>
          <th scope="col">Kolumna</th>
          <th scope="col">Błąd</th>
        </tr>
      </thead>
      <tbody>
        {props.problems.map((problem, index) => (
          <tr key={index}>
            <th scope="row">{problem.line ?? "cały plik"}</th>
            <td>{problem.column ? <code>{problem.column}</code> : "—"}</td>
            <td>{problem.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each line and what the import would do (`applied` false) or did with it. */
export function ImportLinesTable(props: { lines: readonly ImportLine[]; applied: boolean; caption: string }) {
  const words = props.applied ? DONE : PLANNED;
  return (
    <table className="import-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Wiersz</th>
          <th scope="col">{props.applied ? "Wynik" : "Co się stanie"}</th>
          <th scope="col">Rekord</th>
        </tr>
      </thead>
      <tbody>
        {props.lines.map((line) => (
          <tr key={line.line}>
            <th scope="row">{line.line}</th>
            <td>{words[line.action]}</td>
            <td>{line.href ? <a href={line.href}>{line.label}</a> : line.label}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
